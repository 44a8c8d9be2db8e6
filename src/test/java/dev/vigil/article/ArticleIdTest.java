package dev.vigil.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {
  @Test
  void guidWinsOverLinkAndText() {
    assertThat(ArticleId.key("urn:1", "http://a/b", "t", "x")).isEqualTo("guid:urn:1");
  }

  @Test
  void aGuidThatIsTheLinkIsKeyedAsTheNormalisedLink() {
    assertThat(ArticleId.key("http://a/b?utm_source=x", "http://a/b?utm_source=x", "t", "x"))
        .isEqualTo("link:http://a/b");
  }

  @Test
  void linkIsNormalisedWithoutTrackingParameters() {
    assertThat(
            ArticleId.key(
                null,
                "HTTPS://News.Example.org:443/a/b?id=7&utm_source=rss&fbclid=x#top",
                "t",
                "x"))
        .isEqualTo("link:https://news.example.org/a/b?id=7");
    assertThat(ArticleId.normaliseLink("http://example.org/a%20b?utm_medium=x"))
        .isEqualTo("http://example.org/a%20b");
  }

  @Test
  void withoutGuidOrLinkTheTextDecides() {
    String a = ArticleId.key(null, null, "Title", "body");
    assertThat(a).startsWith("hash:").isEqualTo(ArticleId.key(" ", "", "Title", "body"));
    assertThat(a).isNotEqualTo(ArticleId.key(null, null, "Title", "other body"));
  }

  @Test
  void idsAreScopedToTheFeed() {
    assertThat(ArticleId.of("http://a/feed", "guid:1"))
        .isNotEqualTo(ArticleId.of("http://b/feed", "guid:1"))
        .hasSize(32);
  }
}
