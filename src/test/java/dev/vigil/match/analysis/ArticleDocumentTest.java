package dev.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public class ArticleDocumentTest {
  @Test
  void domainsIncludeEveryParent() {
    assertThat(ArticleDocument.domains("https://www.BBC.co.uk/news/1"))
        .containsExactly("www.bbc.co.uk", "bbc.co.uk", "co.uk", "uk");
  }

  @Test
  void badOrMissingLinksGiveNoDomain() {
    assertThat(ArticleDocument.domains(null)).isEmpty();
    assertThat(ArticleDocument.domains("not a url")).isEmpty();
  }

  @Test
  void multiValuedFieldsAreJoinedWithOneCharacter() {
    var a =
        new dev.vigil.article.Article(
            1,
            "i",
            "u",
            "Feed",
            "g",
            "l",
            "t",
            "",
            "",
            java.util.List.of("Ann Lee", "Bo Chen"),
            java.util.List.of("Middle East", "Syria"),
            null,
            null,
            false);
    assertThat(ArticleDocument.fieldText(a, ArticleDocument.TAG)).isEqualTo("Middle East\nSyria");
    assertThat(ArticleDocument.fieldText(a, ArticleDocument.AUTHOR)).isEqualTo("Ann Lee\nBo Chen");
  }
}
