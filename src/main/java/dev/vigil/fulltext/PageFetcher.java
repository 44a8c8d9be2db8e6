package dev.vigil.fulltext;

import dev.vigil.article.Page;
import dev.vigil.config.FulltextSettings;
import dev.vigil.config.PollerSettings;
import dev.vigil.http.FetchOutcome;
import dev.vigil.http.FetchSettings;
import dev.vigil.http.Fetcher;
import dev.vigil.http.HostLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Fetches one article page and extracts it: politely (at most so many requests to one host at a
 * time, spaced out), with the address policy on every hop, and again after a 429 or 503 (as soon as
 * {@code Retry-After} allows, with backoff) while the deadline leaves time. Blocking: it runs on
 * the stage's fetch threads.
 */
final class PageFetcher {
  /** What a fetch gave: the page, and the validators to remember (null when none). */
  record Result(Page page, String etag, String lastModified) {}

  private static final int ATTEMPTS = 3;

  private final Fetcher fetcher;
  private final HostLimiter hosts;
  private final Extractor extractor;
  private final Clock clock;
  private final FulltextMetrics metrics;

  /** A fetcher of article pages with the poller's User-Agent and address policy. */
  static PageFetcher create(
      PollerSettings poller, FulltextSettings settings, Clock clock, FulltextMetrics metrics) {
    return new PageFetcher(
        new Fetcher(
            FetchSettings.pages(
                poller, poller.connectTimeout(), settings.timeout(), settings.maxPageBytes())),
        new HostLimiter(settings.hostMaxConcurrent(), settings.hostMinDelay(), clock),
        new Extractor(),
        clock,
        metrics);
  }

  PageFetcher(
      Fetcher fetcher,
      HostLimiter hosts,
      Extractor extractor,
      Clock clock,
      FulltextMetrics metrics) {
    this.metrics = metrics;
    this.fetcher = fetcher;
    this.hosts = hosts;
    this.extractor = extractor;
    this.clock = clock;
  }

  /** Fetches {@code url} before {@code deadline}, conditionally when validators are given. */
  Result fetch(String url, String etag, String lastModified, Instant deadline)
      throws InterruptedException {
    String host = HostLimiter.hostOf(url);
    Duration backoff = Duration.ofSeconds(1);
    for (int attempt = 1; ; attempt++) {
      waitForTurn(host, deadline);
      FetchOutcome o;
      try {
        o = fetcher.fetch(url, etag, lastModified);
      } finally {
        hosts.release(host);
      }
      if (o instanceof FetchOutcome.RetryLater r && attempt < ATTEMPTS) {
        Duration wait =
            r.retryAfter() != null && r.retryAfter().compareTo(backoff) > 0
                ? r.retryAfter()
                : backoff;
        if (clock.instant().plus(wait).isBefore(deadline)) {
          Thread.sleep(wait.toMillis());
          backoff = backoff.multipliedBy(2);
          continue;
        }
      }
      return result(o, url, etag, lastModified);
    }
  }

  private Result result(FetchOutcome o, String url, String etag, String lastModified) {
    if (o instanceof FetchOutcome.Fetched f) {
      long t0 = System.nanoTime();
      Extraction e = extractor.extract(f.body(), f.contentType(), f.finalUrl());
      metrics.page(f.body().length, System.nanoTime() - t0);
      Page page =
          new Page(
              Page.FETCHED,
              Walls.of(f.body(), e),
              e.title().isEmpty() ? null : e.title(),
              e.text(),
              e.html(),
              e.byline(),
              e.language(),
              e.canonical(),
              e.image(),
              e.published());
      return new Result(page, f.etag(), f.lastModified());
    }
    if (o instanceof FetchOutcome.NotModified) {
      return new Result(Page.none(Page.NOT_MODIFIED), etag, lastModified);
    }
    if (o instanceof FetchOutcome.Refused) {
      return new Result(Page.none(Page.REFUSED), null, null);
    }
    if (o instanceof FetchOutcome.Gone) {
      return new Result(Page.none("failed: HTTP 410"), null, null);
    }
    if (o instanceof FetchOutcome.RetryLater r) {
      return new Result(Page.none("failed: HTTP " + r.status()), null, null);
    }
    return new Result(Page.none("failed: " + FetchOutcome.describe(o)), null, null);
  }

  /** Takes a turn at {@code host}, waiting while it is busy or was asked too recently. */
  private void waitForTurn(String host, Instant deadline) throws InterruptedException {
    while (true) {
      HostLimiter.Ticket t = hosts.tryAcquire(host);
      if (t.granted()) {
        return;
      }
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        throw new InterruptedException("deadline passed waiting for " + host);
      }
      Instant until = t.retryAt() == null || t.retryAt().isAfter(deadline) ? deadline : t.retryAt();
      Thread.sleep(Math.max(10, Duration.between(now, until).toMillis()));
    }
  }
}
