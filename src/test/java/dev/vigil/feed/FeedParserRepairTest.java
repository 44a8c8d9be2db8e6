package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Feeds that are not well-formed XML but are read anyway, each repair reported as a warning. */
class FeedParserRepairTest {

  @Test
  void wellFormedFeedHasNoWarnings() throws Exception {
    assertThat(FeedFixtures.parse("rss20-content-encoded.xml").warnings()).isEmpty();
  }

  @Test
  void htmlEntitiesWithoutDtdAndBareAmpersandsAreRepaired() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("rss-html-entities.xml");

    assertThat(feed.title()).isEqualTo("Café Society");
    assertThat(feed.link()).isEqualTo("http://example.com/?a=1&b=2");
    ParsedFeed.Entry item = feed.entries().get(0);
    assertThat(item.title()).isEqualTo("Wait for it… “quoted” & done");
    assertThat(item.link()).isEqualTo("http://example.com/item?id=7&lang=en");
    assertThat(item.summary()).isEqualTo("Tom & Jerry © 2024");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("HTML entities"));
  }

  @Test
  void junkBeforeTheXmlDeclarationIsDropped() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("rss-junk-before-prolog.xml");

    assertThat(feed.entries())
        .extracting(ParsedFeed.Entry::title)
        .containsExactly("Still readable");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("before the XML document"));
  }

  @Test
  void undeclaredNamespacePrefixesAreDeclared() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("rss-undeclared-prefix.xml");

    assertThat(feed.entries().get(0).title()).isEqualTo("Episode one");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("itunes, media"));
  }

  @Test
  void truncatedFeedYieldsTheCompleteEntries() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("truncated.xml");

    assertThat(feed.title()).isEqualTo("Cut off");
    assertThat(feed.entries())
        .extracting(ParsedFeed.Entry::title)
        .containsExactly("First", "Second item");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("breaks off"));
  }

  @Test
  void feedTruncatedBeforeAnyEntryIsRefusedClearly() {
    assertThatThrownBy(() -> FeedFixtures.parse("truncated-before-first-item.xml"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("not a feed: the XML is broken: ")
        .hasMessageContaining("line");
  }

  @Test
  void controlCharactersAreRemoved() throws Exception {
    String xml =
        "<rss version=\"2.0\"><channel><title>bell\u0007 and nul\u0000</title></channel></rss>";

    ParsedFeed feed = new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), null, null);

    assertThat(feed.title()).isEqualTo("bell and nul");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("control characters"));
  }

  @Test
  void emptyAndNonFeedDocumentsAreRefusedWithReasons() {
    FeedParser parser = new FeedParser();
    assertThatThrownBy(() -> parser.parse(new byte[0], null, null)).hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                parser.parse(
                    "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), null, null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("HTML");
    assertThatThrownBy(
            () ->
                parser.parse(
                    "<opml version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8), null, null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("<opml> is not the root");
    assertThatThrownBy(() -> parser.parse("just text".getBytes(StandardCharsets.UTF_8), null, null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("not a feed");
  }
}
