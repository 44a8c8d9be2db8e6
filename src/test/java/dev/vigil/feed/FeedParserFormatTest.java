package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What RSS and Atom documents turn into: text, links resolved against the feed and xml:base, dates.
 */
class FeedParserFormatTest {

  @Test
  void rssContentEncodedBecomesContentAndDescriptionSummary() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("rss20-content-encoded.xml");

    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.title()).isEqualTo("Städtische Nachrichten");
    ParsedFeed.Entry item = feed.entries().get(0);
    assertThat(item.title()).isEqualTo("Brücke & Straße gesperrt");
    assertThat(item.summary()).isEqualTo("Die Brücke ist ab Montag gesperrt.");
    assertThat(item.content())
        .isEqualTo("Die Brücke ist ab Montag gesperrt.\n\nUmleitung über die Hauptstraße.");
    assertThat(item.guid()).isEqualTo("news-4711");
    assertThat(item.link()).isEqualTo("https://news.example.de/2024/bruecke");
    assertThat(item.authors()).containsExactly("Erika Muster");
    assertThat(item.categories()).containsExactly("Verkehr", "Stadt");
    assertThat(item.published()).isEqualTo(Instant.parse("2024-01-15T09:30:00Z"));
  }

  @Test
  void atomLinksResolveAgainstFeedUrlAndXmlBase() throws Exception {
    ParsedFeed feed =
        new FeedParser()
            .parse(
                FeedFixtures.bytes("atom10-xml-base.xml"),
                "application/atom+xml",
                "https://example.org/feeds/main.atom");

    assertThat(feed.format()).isEqualTo("atom_1.0");
    assertThat(feed.title()).isEqualTo("Notes <and> links");
    assertThat(feed.link()).isEqualTo("https://example.org/blog/");
    assertThat(feed.entries())
        .extracting(ParsedFeed.Entry::link)
        .containsExactly(
            "https://example.org/blog/2024/03/first",
            "https://example.org/blog/archive/second.html",
            "https://other.example.net/third");
    assertThat(feed.entries().get(1).title()).isEqualTo("Relative to the entry base");
    assertThat(feed.entries().get(1).published()).isEqualTo(Instant.parse("2024-02-28T07:15:00Z"));
  }

  @Test
  void rssLinksResolveAgainstFeedUrl() throws Exception {
    String xml =
        "<rss version=\"2.0\"><channel><link>/</link><item><link>news/1?x=1</link></item></channel></rss>";

    ParsedFeed feed =
        new FeedParser()
            .parse(
                xml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null,
                "https://example.com/feeds/rss.xml");

    assertThat(feed.link()).isEqualTo("https://example.com/");
    assertThat(feed.entries().get(0).link()).isEqualTo("https://example.com/feeds/news/1?x=1");
  }

  @Test
  void rss091WithNetscapeDoctypeAndHtmlEntities() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("rss091-doctype.xml");

    assertThat(feed.format()).isEqualTo("rss_0.91N");
    assertThat(feed.title()).isEqualTo("Café News");
    assertThat(feed.entries().get(0).title()).isEqualTo("Crème brûlée & more");
    assertThat(feed.entries().get(0).summary()).isEqualTo("Desserts — a survey");
    assertThat(feed.warnings()).isEmpty();
  }

  @Test
  void oddDateFormatsAreRead() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("rss-odd-dates.xml");

    assertThat(feed.entries())
        .hasSize(8)
        .allSatisfy(e -> assertThat(e.published()).as(e.guid()).isEqualTo(Instant.parse(e.guid())));
  }
}
