package dev.vigil.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.article.Page;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.FeedSpec;
import dev.vigil.config.FulltextSettings;
import dev.vigil.testing.ScriptedServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which entries get their page, and what is remembered: a redelivered entry is passed over, an
 * updated one is fetched again with the page's validators, a feed in {@code never} is not fetched.
 */
class FulltextFlowTest {
  private static final byte[] PAGE =
      ("<html><body><article><p>"
              + "Engineers cleared a large area of scrubland near the airfield last week. "
                  .repeat(12)
              + "</p></article></body></html>")
          .getBytes(StandardCharsets.UTF_8);

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final Map<String, PageRecord> remembered = new HashMap<>();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private FulltextFlow flow(FeedSpec feed) {
    FulltextSettings s = FulltextSettings.DEFAULT.withTimeout(Duration.ofSeconds(5));
    return new FulltextFlow(
        s,
        List.of(feed),
        PageFetcher.create(
            ConfigLoader.defaults().poller(), s, Clock.systemUTC(), FulltextMetrics.none()),
        id -> Optional.ofNullable(remembered.get(id)),
        pool,
        Clock.systemUTC());
  }

  private static Article entry(String feed, String link, String summary) {
    return new Article(
        Article.SCHEMA,
        "id1",
        feed,
        "Feed",
        "g1",
        link,
        "Airfield cleared",
        summary,
        "",
        List.of(),
        List.of(),
        Instant.EPOCH,
        Instant.EPOCH,
        false);
  }

  /** Processes the entry and remembers what the stage would. */
  private FulltextFlow.Done run(FulltextFlow f, Article entry) throws Exception {
    FulltextFlow.Done d = f.process(entry).get();
    if (d != null) {
      remembered.put(entry.id(), d.record());
    }
    return d;
  }

  @Test
  void aRedeliveryIsPassedOverAndAnUpdateIsFetchedConditionally() throws Exception {
    try (ScriptedServer site = new ScriptedServer()) {
      site.respond(200, Map.of("Content-Type", "text/html", "ETag", "\"v1\""), PAGE);
      FeedSpec feed = new FeedSpec("https://f.test/rss", null, null, null, null);
      FulltextFlow f = flow(feed);
      Article first = entry(feed.url(), site.url("/a"), "Engineers cleared land… Read more");

      assertThat(run(f, first).article().page().status()).isEqualTo(Page.FETCHED);
      assertThat(run(f, first)).as("a redelivery").isNull();
      assertThat(site.paths()).hasSize(1);

      site.respond(304, Map.of(), new byte[0]);
      Article updated = entry(feed.url(), site.url("/a"), "Engineers cleared more land… Read more");
      assertThat(run(f, updated).article().page().status()).isEqualTo(Page.NOT_MODIFIED);
      assertThat(site.requests().get(1).get("if-none-match")).isEqualTo("\"v1\"");
    }
  }

  @Test
  void aWholeTextOrANeverFeedNeedsNoPage() throws Exception {
    try (ScriptedServer site = new ScriptedServer()) {
      FeedSpec never =
          new FeedSpec("https://f.test/rss", null, null, null, null, FulltextSettings.Mode.NEVER);
      assertThat(run(flow(never), entry(never.url(), site.url("/a"), "Short… Read more")))
          .extracting(d -> d.article().page().status())
          .isEqualTo(Page.NOT_NEEDED);

      remembered.clear();
      FeedSpec auto = new FeedSpec("https://g.test/rss", null, null, null, null);
      String whole = "Engineers cleared a large area of scrubland near the airfield. ".repeat(12);
      assertThat(run(flow(auto), entry(auto.url(), site.url("/b"), whole)))
          .extracting(d -> d.article().page().status())
          .isEqualTo(Page.NOT_NEEDED);
      assertThat(site.paths()).isEmpty();
    }
  }
}
