package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile XML: external entities must not be read, entity bombs and deep nesting must be cut short.
 */
class FeedParserSecurityTest {

  @Test
  void externalEntityDoesNotLeakLocalFile() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("xxe-file-entity.xml");

    ParsedFeed.Entry item = feed.entries().get(0);
    assertThat(item.title()).isEqualTo("leak:");
    assertThat(item.title() + item.summary() + item.content()).doesNotContain("root:");
    assertThat(feed.title()).isEqualTo("XXE probe");
  }

  @Test
  @Timeout(5)
  void externalParameterEntityIsNotFetched() throws Exception {
    // The DTD points at a closed local port; fetching it would fail or hang, not parse.
    ParsedFeed feed = FeedFixtures.parse("xxe-parameter-entity.xml");

    assertThat(feed.entries()).extracting(ParsedFeed.Entry::title).containsExactly("First");
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    long start = System.nanoTime();

    assertThatThrownBy(() -> FeedFixtures.parse("billion-laughs.xml"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("safety limits")
        .hasMessageContaining("entity expansions");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void deepNestingIsRefusedWithoutStackOverflow() {
    String deep =
        "<rss version=\"2.0\"><channel><title>deep</title>"
            + "<x>".repeat(50_000)
            + "</x>".repeat(50_000)
            + "</channel></rss>";

    assertThatThrownBy(
            () -> new FeedParser().parse(deep.getBytes(StandardCharsets.UTF_8), null, null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("maxElementDepth");
  }

  @Test
  void doctypeWithInternalEntityIsAllowed() throws Exception {
    ParsedFeed feed = FeedFixtures.parse("rss-internal-entity.xml");

    assertThat(feed.title()).isEqualTo("Example News feed");
    assertThat(feed.entries().get(0).title()).isEqualTo("From Example News");
  }
}
