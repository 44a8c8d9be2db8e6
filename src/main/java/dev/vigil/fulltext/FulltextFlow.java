package dev.vigil.fulltext;

import dev.vigil.article.Article;
import dev.vigil.article.Hashing;
import dev.vigil.article.Page;
import dev.vigil.config.FeedSpec;
import dev.vigil.config.FulltextSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Decides, entry by entry, whether the article's page is fetched, and fetches it on a pool of
 * threads, so that one slow site holds up only its own articles, and each of those at most the
 * configured timeout: then the article goes on with its feed text and the status {@code timeout}.
 * Kafka-free; the stage writes what it gives.
 */
final class FulltextFlow {
  /** An article to pass on, and what to remember of it. */
  record Done(Article article, PageRecord record) {}

  private final FulltextSettings settings;
  private final Map<String, FulltextSettings.Mode> modes = new HashMap<>();
  private final PageFetcher fetcher;
  private final Function<String, Optional<PageRecord>> remembered;
  private final ExecutorService pool;
  private final Clock clock;

  FulltextFlow(
      FulltextSettings settings,
      List<FeedSpec> feeds,
      PageFetcher fetcher,
      Function<String, Optional<PageRecord>> remembered,
      ExecutorService pool,
      Clock clock) {
    this.settings = settings;
    feeds.forEach(f -> modes.put(f.url(), f.fulltext() == null ? settings.mode() : f.fulltext()));
    this.fetcher = fetcher;
    this.remembered = remembered;
    this.pool = pool;
    this.clock = clock;
  }

  /**
   * The article as it goes on, once its page is in (or not needed, or too late); a future of null
   * when this version of the entry was passed on before (a redelivery after a crash or a
   * rebalance).
   */
  CompletableFuture<Done> process(Article entry) {
    String version = version(entry);
    Optional<PageRecord> before = remembered.apply(entry.id());
    if (before.isPresent() && before.get().entry().equals(version)) {
      return CompletableFuture.completedFuture(null);
    }
    if (!needsPage(entry)) {
      return done(entry, Page.none(Page.NOT_NEEDED), version, null, null);
    }
    PageRecord prior = before.orElse(null);
    Instant deadline = clock.instant().plus(settings.timeout());
    CompletableFuture<Done> page =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                PageFetcher.Result r =
                    fetcher.fetch(
                        entry.link(),
                        prior == null ? null : prior.etag(),
                        prior == null ? null : prior.lastModified(),
                        deadline);
                return finish(entry, r.page(), version, r.etag(), r.lastModified());
              } catch (InterruptedException e) {
                return finish(entry, Page.none(Page.TIMEOUT), version, null, null);
              } catch (RuntimeException e) {
                return finish(entry, Page.none("failed: " + e), version, null, null);
              }
            },
            pool);
    return page.completeOnTimeout(
        finish(entry, Page.none(Page.TIMEOUT), version, null, null),
        settings.timeout().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** The longest an article waits for its page. */
  Duration timeout() {
    return settings.timeout();
  }

  private boolean needsPage(Article a) {
    if (a.link() == null || a.link().isBlank()) {
      return false;
    }
    return switch (modes.getOrDefault(a.feedUrl(), settings.mode())) {
      case NEVER -> false;
      case ALWAYS -> true;
      case AUTO -> Teaser.is(a, settings.teaserChars());
    };
  }

  private CompletableFuture<Done> done(
      Article entry, Page page, String version, String etag, String lastModified) {
    return CompletableFuture.completedFuture(finish(entry, page, version, etag, lastModified));
  }

  private Done finish(Article entry, Page page, String version, String etag, String modified) {
    return new Done(
        entry.withPage(page),
        new PageRecord(version, page.status(), etag, modified, clock.instant()));
  }

  /** Which version of the entry this is: its text, as the feed gave it. */
  static String version(Article a) {
    return Hashing.shortId(a.title() + "\n" + a.summary() + "\n" + a.content());
  }
}
