package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Character sets: BOM, HTTP charset, XML declaration, and guessing when nothing is declared. */
class FeedParserEncodingTest {

  @Test
  void undeclaredWindows1252IsRecognised() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("rss-windows-1252-undeclared.xml");

    assertThat(feed.title()).isEqualTo("Café “quotes”");
    assertThat(feed.entries().get(0).title()).isEqualTo("It’s €5");
    assertThat(feed.encoding()).isEqualTo("windows-1252");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("not valid UTF-8"));
  }

  @Test
  void httpCharsetOverridesXmlDeclaration() throws Exception {
    ParsedFeed feed = new FeedParser().parse(FeedFixtures.bytes("rss-http-charset-overrides-declaration.xml"),
        "application/rss+xml; charset=utf-8", null);

    assertThat(feed.title()).isEqualTo("Café über");
    assertThat(feed.encoding()).isEqualTo("utf-8");
  }

  @Test
  void xmlDeclarationIsUsedWithoutHttpCharset() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("rss-http-charset-overrides-declaration.xml");

    // Without the header, the (wrong) declaration is all there is: UTF-8 bytes read as latin-1.
    assertThat(feed.encoding()).isEqualTo("iso-8859-1");
    assertThat(feed.title()).isEqualTo("CafÃ© Ã¼ber");
  }

  @Test
  void textXmlWithoutCharsetIsNotForcedToAscii() throws Exception {
    // RFC 3023 said US-ASCII here; RFC 7303 (and every feed reader) use the document's own encoding.
    ParsedFeed feed = new FeedParser().parse(FeedFixtures.bytes("rss20-content-encoded.xml"), "text/xml", null);

    assertThat(feed.title()).isEqualTo("Städtische Nachrichten");
    assertThat(feed.encoding()).isEqualTo("utf-8");
  }

  @Test
  void utf16WithByteOrderMark() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("atom10-utf16le-bom.xml");

    assertThat(feed.encoding()).isEqualTo("utf-16le");
    assertThat(feed.title()).isEqualTo("日本語のフィード");
    assertThat(feed.entries().get(0).title()).isEqualTo("東京");
  }
}
