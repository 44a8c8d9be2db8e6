package dev.vigil.feed;

import dev.vigil.article.Article;
import dev.vigil.config.FeedSpec;
import dev.vigil.http.FetchOutcome;
import dev.vigil.http.Fetcher;
import dev.vigil.http.HttpValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Polls one feed once: fetch, parse, keep only entries not seen before and those that changed
 * materially (flagged as updates, see {@link EntryTracker}). Pure of Kafka and of scheduling; the
 * caller publishes the articles and then stores the new state.
 */
public class FeedPoller {
  private static final Duration ERROR_BACKOFF_CAP = Duration.ofHours(6);

  private final Fetcher fetcher;
  private final FeedParser parser;
  private final Clock clock;

  public FeedPoller(Fetcher fetcher, FeedParser parser, Clock clock) {
    this.fetcher = fetcher;
    this.parser = parser;
    this.clock = clock;
  }

  public PollResult poll(FeedSpec spec, FeedState prev) {
    Instant now = clock.instant();
    FetchOutcome outcome = fetcher.fetch(prev.fetchUrl(), prev.etag(), prev.lastModified());
    if (outcome instanceof FetchOutcome.Fetched f) {
      PollResult r = read(spec, prev, f, now);
      return r.outcome() == PollOutcome.PARSE_ERROR
          ? r
          : new PollResult(r.state().movedTo(f.movedTo()), r.articles(), r.outcome(), r.warnings());
    }
    if (outcome instanceof FetchOutcome.NotModified n) {
      return new PollResult(
          prev.unchanged(now).movedTo(n.movedTo()), List.of(), PollOutcome.NOT_MODIFIED, List.of());
    }
    if (outcome instanceof FetchOutcome.Gone) {
      return new PollResult(
          prev.disabled(now, "HTTP 410 Gone"), List.of(), PollOutcome.GONE, List.of());
    }
    if (outcome instanceof FetchOutcome.RetryLater r) {
      Duration wait = r.retryAfter() != null ? r.retryAfter() : backoff(spec, prev.errors() + 1);
      return new PollResult(
          prev.failed(now, "HTTP " + r.status(), now.plus(wait)),
          List.of(),
          PollOutcome.RETRY_LATER,
          List.of());
    }
    String reason = FetchOutcome.describe(outcome);
    return new PollResult(
        prev.failed(now, reason, now.plus(backoff(spec, prev.errors() + 1))),
        List.of(),
        outcome instanceof FetchOutcome.Refused ? PollOutcome.REFUSED : PollOutcome.FETCH_ERROR,
        List.of());
  }

  /**
   * Reads a 2xx body. The same bytes as last time are PollOutcome.UNCHANGED without parsing: that
   * covers servers that send neither ETag nor Last-Modified (RFC 9110 8.8), and those whose
   * validators change anyway.
   */
  private PollResult read(FeedSpec spec, FeedState prev, FetchOutcome.Fetched f, Instant now) {
    long bodyHash = HttpValues.bodyHash(f.body());
    if (bodyHash == prev.bodyHash()) {
      return new PollResult(
          prev.unchanged(now, f.etag(), f.lastModified()),
          List.of(),
          PollOutcome.UNCHANGED,
          List.of());
    }
    ParsedFeed feed;
    try {
      feed = parser.parse(f.body(), f.contentType(), f.finalUrl());
    } catch (FeedParseException e) {
      return new PollResult(
          prev.failed(now, e.getMessage(), now.plus(backoff(spec, prev.errors() + 1))),
          List.of(),
          PollOutcome.PARSE_ERROR,
          List.of());
    }
    EntryTracker tracker = new EntryTracker(spec.url(), prev.seen());
    List<Article> out = new ArrayList<>();
    boolean anyNew = false;
    List<EntryTracker.Decision> decisions = tracker.classify(feed.entries());
    for (int i = 0; i < decisions.size(); i++) {
      ParsedFeed.Entry e = feed.entries().get(i);
      EntryTracker.Decision d = decisions.get(i);
      boolean isNew = d.verdict() == EntryTracker.Verdict.NEW && withinBackfill(spec, prev, e, now);
      if (isNew || d.verdict() == EntryTracker.Verdict.UPDATE) {
        out.add(article(spec, feed, e, d.id(), now, !isNew));
        anyNew |= isNew;
      }
    }
    List<Instant> dates = feed.entries().stream().map(ParsedFeed.Entry::published).toList();
    Cadence.Observed rhythm = Cadence.observe(dates, now, HttpValues.ttl(f.body()), f.maxAge());
    FeedState next =
        prev.succeeded(now, f.etag(), f.lastModified(), bodyHash, rhythm, tracker.remember());
    PollOutcome outcome =
        anyNew ? PollOutcome.NEW : out.isEmpty() ? PollOutcome.UNCHANGED : PollOutcome.UPDATED;
    return new PollResult(next, out, outcome, feed.warnings());
  }

  /**
   * After the first read every new entry counts; on the first, only those published within the
   * backfill window.
   */
  private static boolean withinBackfill(
      FeedSpec spec, FeedState prev, ParsedFeed.Entry e, Instant now) {
    return !prev.firstPoll()
        || e.published() == null
        || !e.published().isBefore(now.minus(spec.backfill()));
  }

  private static Article article(
      FeedSpec spec, ParsedFeed feed, ParsedFeed.Entry e, String id, Instant now, boolean update) {
    String feedTitle = spec.title() != null ? spec.title() : feed.title();
    return new Article(
        Article.SCHEMA,
        id,
        spec.url(),
        feedTitle,
        e.guid(),
        e.link(),
        e.title(),
        e.summary(),
        e.content(),
        e.html(),
        e.authors(),
        e.categories(),
        e.published(),
        now,
        update);
  }

  /** Exponential backoff after consecutive errors: interval x 2^(errors-1), at most six hours. */
  static Duration backoff(FeedSpec spec, int errors) {
    Duration d = spec.interval().multipliedBy(1L << Math.min(errors - 1, 10));
    return d.compareTo(ERROR_BACKOFF_CAP) > 0 ? ERROR_BACKOFF_CAP : d;
  }
}
