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
    ParsedFeed feed =
        new FeedParser()
            .parse(
                FeedFixtures.bytes("rss-http-charset-overrides-declaration.xml"),
                "application/rss+xml; charset=utf-8",
                null);

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
    // RFC 3023 said US-ASCII here; RFC 7303 (and every feed reader) use the document's own
    // encoding.
    ParsedFeed feed =
        new FeedParser().parse(FeedFixtures.bytes("rss20-content-encoded.xml"), "text/xml", null);

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

  @Test
  void aDeclarationTheBytesDoNotFitIsOverruledByAGuess() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("charset/koi8r-declared-utf8.xml");

    assertThat(feed.encoding()).isEqualTo("koi8-r");
    assertThat(feed.title()).isEqualTo("Новости дня");
    assertThat(feed.entries().get(0).title()).isEqualTo("Москва объявила о новых учениях");
    assertThat(feed.warnings())
        .containsExactly(
            "the declared encoding 'utf-8' does not fit the bytes; read as KOI8-R (guessed)");
  }

  @Test
  void aContentTypeCharsetTheBytesDoNotFitIsOverruledByAGuess() throws Exception {
    ParsedFeed feed =
        new FeedParser()
            .parse(
                FeedFixtures.bytes("charset/shift-jis-served-as-utf8.xml"),
                "application/rss+xml; charset=UTF-8",
                null);

    assertThat(feed.encoding()).isEqualTo("shift_jis");
    assertThat(feed.title()).isEqualTo("日本のニュース");
    assertThat(feed.entries().get(1).title()).isEqualTo("大阪の会議が延期されました");
    assertThat(feed.warnings())
        .containsExactly(
            "the Content-Type's charset 'UTF-8' does not fit the bytes; read as Shift_JIS (guessed)");
  }

  @Test
  void oneStrayByteDoesNotOverruleADeclarationTheRestFits() throws Exception {
    // ICU alone would say windows-1252 here; the declared UTF-8 reads every other character right.
    ParsedFeed feed = FeedFixtures.parse("charset/utf8-one-stray-byte.xml");

    assertThat(feed.encoding()).isEqualTo("utf-8");
    assertThat(feed.title()).isEqualTo("Nachrichten aus Zürich");
    assertThat(feed.entries().get(0).summary()).contains("äußerten").contains("dauern an\uFFFD");
    assertThat(feed.warnings()).containsExactly("bytes invalid in UTF-8 were replaced");
  }
}
