package dev.vigil.feed;

import dev.vigil.config.FeedSpec;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A feed's health as people and the web layer see it: {@code ok}, {@code erroring} with the last
 * error, or {@code disabled} with the reason.
 *
 * @param url the configured URL
 * @param polledUrl the URL actually polled, after a permanent redirect; null if the same
 * @param lastError the last error, only while erroring
 * @param disabledReason why the feed is no longer polled, only while disabled
 * @param errors consecutive errors
 * @param nextRetry the earliest next poll after an error or a {@code Retry-After}
 */
@Serdeable
public record FeedHealth(
    String url,
    String polledUrl,
    String status,
    String lastError,
    String disabledReason,
    int errors,
    Instant lastPolled,
    Instant lastSuccess,
    Instant nextRetry) {

  /** Counts by status, and the feeds that are not ok: erroring ones first, most errors first. */
  @Serdeable
  public record Summary(
      int feeds, int ok, int erroring, int disabled, int neverPolled, List<FeedHealth> problems) {}

  public static FeedHealth of(FeedState s) {
    boolean disabled = FeedState.DISABLED.equals(s.status());
    boolean erroring = FeedState.ERRORING.equals(s.status());
    return new FeedHealth(
        s.url(),
        s.currentUrl(),
        s.status(),
        erroring ? s.lastError() : null,
        disabled ? s.lastError() : null,
        s.errors(),
        s.lastPolled(),
        s.lastSuccess(),
        s.retryNotBefore());
  }

  /**
   * The health of every configured feed; a feed without stored state has not been polled yet and
   * counts as ok.
   */
  public static Summary summarise(List<FeedSpec> feeds, FeedStateStore store) {
    List<FeedHealth> all =
        feeds.stream()
            .map(f -> of(store.get(f.url()).orElseGet(() -> FeedState.initial(f.url()))))
            .toList();
    List<FeedHealth> problems =
        all.stream()
            .filter(h -> !FeedState.OK.equals(h.status()))
            .sorted(
                Comparator.comparing(FeedHealth::status)
                    .reversed()
                    .thenComparing(FeedHealth::errors, Comparator.reverseOrder())
                    .thenComparing(FeedHealth::url))
            .toList();
    return new Summary(
        all.size(),
        count(all, FeedState.OK),
        count(all, FeedState.ERRORING),
        count(all, FeedState.DISABLED),
        (int) all.stream().filter(h -> h.lastPolled() == null).count(),
        problems);
  }

  private static int count(List<FeedHealth> all, String status) {
    return (int) all.stream().filter(h -> status.equals(h.status())).count();
  }
}
