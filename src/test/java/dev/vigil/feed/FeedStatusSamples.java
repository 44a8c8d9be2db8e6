package dev.vigil.feed;

import dev.vigil.config.FeedSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Four feeds, one in each state (ok, erroring, disabled, never polled), for feed-status tests here
 * and in web.
 */
public final class FeedStatusSamples {
  public static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  public static final String OK = "http://127.0.0.1:1/ok.rss";
  public static final String ERRORING = "http://127.0.0.1:1/erroring.rss";
  public static final String DISABLED = "http://127.0.0.1:1/gone.rss";
  public static final String NEVER_POLLED = "http://127.0.0.1:1/new.rss";

  private FeedStatusSamples() {}

  public static List<FeedSpec> specs() {
    return List.of(
        new FeedSpec(
            OK, "World", Duration.ofMinutes(30), Duration.ofDays(1), List.of("news", "world")),
        new FeedSpec(ERRORING, null, Duration.ofMinutes(5), Duration.ofDays(1), List.of()),
        new FeedSpec(DISABLED, null, Duration.ofMinutes(5), Duration.ofDays(1), List.of()),
        new FeedSpec(NEVER_POLLED, null, Duration.ofMinutes(5), Duration.ofDays(1), List.of()));
  }

  /** Stored states: ok with a 15-minute rhythm and 3 remembered entries, two errors, and a 410. */
  public static FeedStateStore store() {
    Map<String, FeedState> states =
        Map.of(
            OK,
                new FeedState(
                    OK,
                    null,
                    "\"e\"",
                    null,
                    1,
                    NOW,
                    NOW,
                    0,
                    null,
                    FeedState.OK,
                    null,
                    900,
                    NOW.minusSeconds(60),
                    SeenEntries.encode(List.of(1L, 2L, 3L))),
            ERRORING,
                FeedState.initial(ERRORING)
                    .failed(NOW.minusSeconds(300), "HTTP 500", NOW.plusSeconds(300))
                    .failed(NOW, "timed out after 30s", NOW.plusSeconds(600)),
            DISABLED, FeedState.initial(DISABLED).disabled(NOW, "HTTP 410 Gone"));
    return new FeedStateStore() {
      @Override
      public Optional<FeedState> get(String url) {
        return Optional.ofNullable(states.get(url));
      }

      @Override
      public void put(FeedState state) {
        throw new UnsupportedOperationException("read only");
      }
    };
  }

  /** The statuses with every feed scheduled as the runner would schedule it at {@link #NOW}. */
  public static FeedStatuses statuses(Clock clock) {
    FeedStateStore store = store();
    FeedScheduler scheduler = new FeedScheduler(clock, new Random(1), Duration.ofMinutes(1));
    specs().forEach(f -> scheduler.add(f, store.get(f.url()).orElse(null)));
    return new FeedStatuses(specs(), store, scheduler, Duration.ofMinutes(1));
  }
}
