package dev.vigil.feed;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * What Vigil remembers of a feed between polls, persisted in the compacted topic
 * {@code vigil.feed-state} keyed by feed URL.
 *
 * @param seen short ids of recent entries, newest first, so only new entries go on
 * @param status {@code ok}, {@code erroring} or {@code disabled}
 */
@Serdeable
public record FeedState(
    String url,
    String etag,
    String lastModified,
    Instant lastPolled,
    Instant lastSuccess,
    int errors,
    String lastError,
    String status,
    Instant retryNotBefore,
    List<String> seen) {

  public FeedState {
    seen = seen == null ? List.of() : List.copyOf(seen);
  }

  public static FeedState initial(String url) {
    return new FeedState(url, null, null, null, null, 0, null, "ok", null, List.of());
  }

  /** True until the feed has been read successfully once: backfill rules apply. */
  public boolean firstPoll() {
    return lastSuccess == null;
  }

  FeedState failed(Instant now, String error, Instant notBefore) {
    return new FeedState(url, etag, lastModified, now, lastSuccess, errors + 1, error, "erroring", notBefore, seen);
  }

  FeedState disabled(Instant now, String reason) {
    return new FeedState(url, etag, lastModified, now, lastSuccess, errors, reason, "disabled", null, seen);
  }

  FeedState unchanged(Instant now) {
    return new FeedState(url, etag, lastModified, now, now, 0, null, "ok", null, seen);
  }

  FeedState succeeded(Instant now, String etag, String lastModified, List<String> seen) {
    return new FeedState(url, etag, lastModified, now, now, 0, null, "ok", null, seen);
  }
}
