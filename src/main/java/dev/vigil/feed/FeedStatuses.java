package dev.vigil.feed;

import dev.vigil.config.FeedSpec;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code GET /api/feeds} shows: every configured feed with its state as last stored, and when
 * this instance polls it next. Reads only; nothing here changes a feed.
 */
public final class FeedStatuses {
  /** The states a feed can be in, for filtering. */
  public static final Set<String> STATES =
      Set.of(FeedState.OK, FeedState.ERRORING, FeedState.DISABLED);

  /**
   * One feed.
   *
   * @param state {@code ok}, {@code erroring} or {@code disabled}
   * @param lastError the last error, only while erroring
   * @param disabledReason why the feed is no longer polled, only while disabled
   * @param nextPoll when this instance polls the feed next; null while it is being polled, when it
   *     is disabled, or when another instance polls it
   * @param intervalSeconds the wait between polls now: the adaptive interval within the configured
   *     bounds (see {@link Cadence}), before jitter and error backoff
   * @param entriesRemembered how many recent entries are remembered to recognise repeats
   */
  @Serdeable
  public record FeedStatus(
      String url,
      String polledUrl,
      String title,
      List<String> tags,
      String state,
      String lastError,
      String disabledReason,
      int errors,
      Instant lastPolled,
      Instant lastSuccess,
      Instant nextPoll,
      long intervalSeconds,
      int entriesRemembered) {}

  private final List<FeedSpec> feeds;
  private final FeedStateStore store;
  private final FeedScheduler scheduler;
  private final Duration minInterval;

  public FeedStatuses(
      List<FeedSpec> feeds, FeedStateStore store, FeedScheduler scheduler, Duration minInterval) {
    this.feeds = List.copyOf(feeds);
    this.store = store;
    this.scheduler = scheduler;
    this.minInterval = minInterval;
  }

  /**
   * Every configured feed in configuration order, or only those in {@code state} when it is not
   * null.
   *
   * @throws IllegalArgumentException when {@code state} is not one of {@link #STATES}
   */
  public List<FeedStatus> list(String state) {
    if (state != null && !STATES.contains(state)) {
      throw new IllegalArgumentException(
          "state must be one of ok, erroring, disabled; not '" + state + "'");
    }
    Map<String, Instant> due = scheduler.dueTimes();
    return feeds.stream()
        .map(
            f ->
                status(
                    f,
                    store.get(f.url()).orElseGet(() -> FeedState.initial(f.url())),
                    due.get(f.url())))
        .filter(s -> state == null || state.equals(s.state()))
        .toList();
  }

  /** Counts by state, and the feeds that are not ok (see {@link FeedHealth#summarise}). */
  public FeedHealth.Summary health() {
    return FeedHealth.summarise(feeds, store);
  }

  private FeedStatus status(FeedSpec spec, FeedState s, Instant nextPoll) {
    FeedHealth h = FeedHealth.of(s);
    return new FeedStatus(
        spec.url(),
        h.polledUrl(),
        spec.title(),
        spec.tags(),
        h.status(),
        h.lastError(),
        h.disabledReason(),
        h.errors(),
        h.lastPolled(),
        h.lastSuccess(),
        nextPoll,
        Cadence.interval(s, minInterval, spec.interval()).toSeconds(),
        s.seen().length / Long.BYTES);
  }
}
