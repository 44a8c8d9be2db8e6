package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** JSON Feed is detected by FeedParser and read into the same ParsedFeed as XML feeds. */
class FeedParserJsonTest {
  private final FeedParser parser = new FeedParser();

  @Test
  void jsonFeed11() throws Exception {
    ParsedFeed feed =
        parser.parse(
            FeedFixtures.bytes("json/json11-feed.json"),
            "application/feed+json",
            "https://harbour.example.org/feed.json");

    assertThat(feed.format()).isEqualTo("json_1.1");
    assertThat(feed.title()).isEqualTo("Harbour Watch");
    assertThat(feed.link()).isEqualTo("https://harbour.example.org/");
    ParsedFeed.Entry first = feed.entries().get(0);
    assertThat(first.guid()).isEqualTo("1001");
    assertThat(first.link()).isEqualTo("https://harbour.example.org/2024/01/ferry-strike");
    assertThat(first.summary()).isEqualTo("Unions & operators agree.");
    assertThat(first.content()).isEqualTo("The strike is off.");
    assertThat(first.authors()).containsExactly("Ana Silva", "Ben Okafor");
    assertThat(first.categories()).containsExactly("transport", "labour");
    assertThat(first.published()).isEqualTo(Instant.parse("2024-01-15T09:30:00Z"));
    ParsedFeed.Entry second = feed.entries().get(1);
    assertThat(second.link()).isEqualTo("https://elsewhere.example.com/story");
    assertThat(second.content()).isEqualTo("Plain text with <angle> brackets.");
    assertThat(second.authors()).containsExactly("Old-style author");
    assertThat(second.published()).isEqualTo(Instant.parse("2024-01-14T08:00:00Z"));
    assertThat(feed.warnings()).isEmpty();
  }

  @Test
  void jsonFeed10() throws Exception {
    ParsedFeed feed = parser.parse(FeedFixtures.bytes("json/json10-feed.json"), null, null);

    assertThat(feed.format()).isEqualTo("json_1.0");
    assertThat(feed.entries()).extracting(ParsedFeed.Entry::content).containsExactly("Hello");
  }

  @Test
  void corpusExample() throws Exception {
    byte[] body =
        Files.readAllBytes(FeedCorpusTest.corpusRoot().resolve("feedparser/json/example.json"));

    ParsedFeed feed = parser.parse(body, null, "https://example.org/feed.json");

    assertThat(feed.title()).isEqualTo("My Example Feed");
    assertThat(feed.entries()).extracting(ParsedFeed.Entry::title).containsExactly("post 2", "");
    assertThat(feed.entries().get(1).content()).isEqualTo("Hello, world!");
    assertThat(feed.entries().get(0).categories()).containsExactly("test", "JSON");
  }

  @Test
  void brokenOrForeignJsonIsRefused() {
    assertThatThrownBy(
            () -> parser.parse("{\"items\": [".getBytes(StandardCharsets.UTF_8), null, null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("not a feed: invalid JSON");
    assertThatThrownBy(
            () ->
                parser.parse(
                    "{\"name\": \"package.json\"}".getBytes(StandardCharsets.UTF_8), null, null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("JSON Feed");
  }
}
