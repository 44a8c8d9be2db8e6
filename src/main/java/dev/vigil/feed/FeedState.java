package dev.vigil.feed;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * What Vigil remembers of a feed between polls, persisted in the compacted topic
 * {@code vigil.feed-state} keyed by feed URL.
 *
 * @param url the configured URL: the feed's identity and key, never changed
 * @param currentUrl where a permanent redirect moved the feed, polled instead of {@code url}; null if it has not moved
 * @param bodyHash digest of the last body read successfully, 0 if none (see {@link HttpValues#bodyHash})
 * @param seen short ids of recent entries, newest first, so only new entries go on
 * @param status {@code ok}, {@code erroring} or {@code disabled}
 */
@Serdeable
public record FeedState(
    String url,
    String currentUrl,
    String etag,
    String lastModified,
    long bodyHash,
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
    return new FeedState(url, null, null, null, 0, null, null, 0, null, "ok", null, List.of());
  }

  /** The URL to request: the permanent redirect target if there was one, else the configured URL. */
  public String fetchUrl() {
    return currentUrl != null ? currentUrl : url;
  }

  /** True until the feed has been read successfully once: backfill rules apply. */
  public boolean firstPoll() {
    return lastSuccess == null;
  }

  FeedState failed(Instant now, String error, Instant notBefore) {
    return new FeedState(url, currentUrl, etag, lastModified, bodyHash, now, lastSuccess, errors + 1, error,
        "erroring", notBefore, seen);
  }

  FeedState disabled(Instant now, String reason) {
    return new FeedState(url, currentUrl, etag, lastModified, bodyHash, now, lastSuccess, errors, reason,
        "disabled", null, seen);
  }

  /** A 304: the validators still hold. */
  FeedState unchanged(Instant now) {
    return unchanged(now, etag, lastModified);
  }

  /** A 2xx whose body is the one read last time; the server's validators may still be new. */
  FeedState unchanged(Instant now, String etag, String lastModified) {
    return new FeedState(url, currentUrl, etag, lastModified, bodyHash, now, now, 0, null, "ok", null, seen);
  }

  FeedState succeeded(Instant now, String etag, String lastModified, long bodyHash, List<String> seen) {
    return new FeedState(url, currentUrl, etag, lastModified, bodyHash, now, now, 0, null, "ok", null, seen);
  }

  /** Records a permanent redirect (RFC 9110 15.4.2, 15.4.9); null leaves the URL as it is. */
  FeedState movedTo(String target) {
    if (target == null || target.equals(fetchUrl())) {
      return this;
    }
    String moved = target.equals(url) ? null : target;
    return new FeedState(url, moved, etag, lastModified, bodyHash, lastPolled, lastSuccess, errors, lastError,
        status, retryNotBefore, seen);
  }
}
