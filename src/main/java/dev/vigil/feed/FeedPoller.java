package dev.vigil.feed;

import dev.vigil.article.Article;
import dev.vigil.article.ArticleId;
import dev.vigil.config.FeedSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Polls one feed once: fetch, parse, keep only entries not seen before. Pure of Kafka and of
 * scheduling; the caller publishes the articles and then stores the new state.
 */
public class FeedPoller {
  private static final int MIN_SEEN = 200;
  private static final Duration ERROR_BACKOFF_CAP = Duration.ofHours(6);

  private final FeedFetcher fetcher;
  private final FeedParser parser;
  private final Clock clock;

  public FeedPoller(FeedFetcher fetcher, FeedParser parser, Clock clock) {
    this.fetcher = fetcher;
    this.parser = parser;
    this.clock = clock;
  }

  public PollResult poll(FeedSpec spec, FeedState prev) {
    Instant now = clock.instant();
    FetchOutcome outcome = fetcher.fetch(prev.fetchUrl(), prev.etag(), prev.lastModified());
    if (outcome instanceof FetchOutcome.Fetched f) {
      PollResult r = read(spec, prev, f, now);
      return r.outcome().equals("parse-error") ? r
          : new PollResult(r.state().movedTo(f.movedTo()), r.articles(), r.outcome(), r.warnings());
    }
    if (outcome instanceof FetchOutcome.NotModified n) {
      return new PollResult(prev.unchanged(now).movedTo(n.movedTo()), List.of(), "not-modified", List.of());
    }
    if (outcome instanceof FetchOutcome.Gone) {
      return new PollResult(prev.disabled(now, "HTTP 410 Gone"), List.of(), "gone", List.of());
    }
    if (outcome instanceof FetchOutcome.RetryLater r) {
      Duration wait = r.retryAfter() != null ? r.retryAfter() : backoff(spec, prev.errors() + 1);
      return new PollResult(prev.failed(now, "HTTP " + r.status(), now.plus(wait)), List.of(), "retry-later", List.of());
    }
    String reason = FetchOutcome.describe(outcome);
    return new PollResult(prev.failed(now, reason, now.plus(backoff(spec, prev.errors() + 1))), List.of(),
        outcome instanceof FetchOutcome.Refused ? "refused" : "fetch-error", List.of());
  }

  /**
   * Reads a 2xx body. The same bytes as last time are "unchanged" without parsing: that covers
   * servers that send neither ETag nor Last-Modified (RFC 9110 8.8), and those whose validators change anyway.
   */
  private PollResult read(FeedSpec spec, FeedState prev, FetchOutcome.Fetched f, Instant now) {
    long bodyHash = HttpValues.bodyHash(f.body());
    if (bodyHash == prev.bodyHash()) {
      return new PollResult(prev.unchanged(now, f.etag(), f.lastModified()), List.of(), "unchanged", List.of());
    }
    ParsedFeed feed;
    try {
      feed = parser.parse(f.body(), f.contentType(), f.finalUrl());
    } catch (FeedParseException e) {
      return new PollResult(prev.failed(now, e.getMessage(), now.plus(backoff(spec, prev.errors() + 1))),
          List.of(), "parse-error", List.of());
    }
    Set<String> seenBefore = Set.copyOf(prev.seen());
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    List<Article> fresh = new ArrayList<>();
    Instant backfillFrom = now.minus(spec.backfill());
    for (ParsedFeed.Entry e : feed.entries()) {
      String id = ArticleId.of(spec.url(), ArticleId.key(e.guid(), e.link(), e.title(), e.summary() + e.content()));
      String shortId = id.substring(0, 16);
      if (!seen.add(shortId) || seenBefore.contains(shortId)) {
        continue;
      }
      boolean isNew = !prev.firstPoll() || e.published() == null || !e.published().isBefore(backfillFrom);
      if (isNew) {
        fresh.add(article(spec, feed, e, id, now));
      }
    }
    int cap = Math.max(MIN_SEEN, 3 * feed.entries().size());
    for (String old : prev.seen()) {
      if (seen.size() >= cap) {
        break;
      }
      seen.add(old);
    }
    List<Instant> dates = feed.entries().stream().map(ParsedFeed.Entry::published).toList();
    Cadence.Observed rhythm = Cadence.observe(dates, now, HttpValues.ttl(f.body()), f.maxAge());
    FeedState next = prev.succeeded(now, f.etag(), f.lastModified(), bodyHash, rhythm, List.copyOf(seen));
    return new PollResult(next, fresh, fresh.isEmpty() ? "unchanged" : "new", feed.warnings());
  }

  private static Article article(FeedSpec spec, ParsedFeed feed, ParsedFeed.Entry e, String id, Instant now) {
    String feedTitle = spec.title() != null ? spec.title() : feed.title();
    return new Article(Article.SCHEMA, id, spec.url(), feedTitle, e.guid(), e.link(), e.title(), e.summary(),
        e.content(), e.authors(), e.categories(), e.published(), now);
  }

  /** Exponential backoff after consecutive errors: interval x 2^(errors-1), at most six hours. */
  static Duration backoff(FeedSpec spec, int errors) {
    Duration d = spec.interval().multipliedBy(1L << Math.min(errors - 1, 10));
    return d.compareTo(ERROR_BACKOFF_CAP) > 0 ? ERROR_BACKOFF_CAP : d;
  }
}
