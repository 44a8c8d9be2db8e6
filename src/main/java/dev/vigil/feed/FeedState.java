package dev.vigil.feed;

import dev.vigil.http.HttpValues;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * What Vigil remembers of a feed between polls, persisted in the compacted topic {@code
 * vigil.feed-state} keyed by feed URL.
 *
 * @param url the configured URL: the feed's identity and key, never changed
 * @param currentUrl where a permanent redirect moved the feed, polled instead of {@code url}; null
 *     if it has not moved
 * @param bodyHash digest of the last body read successfully, 0 if none (see {@link
 *     HttpValues#bodyHash})
 * @param lastError the last error while {@code erroring}, the reason while {@code disabled}
 * @param status {@code ok}, {@code erroring} or {@code disabled}
 * @param rhythmSeconds the publishing rhythm last observed, 0 if none (see {@link Cadence})
 * @param newestEntry the date of the newest entry last read, null if none
 * @param seen the recent entries, newest first, 8 bytes each (see {@link SeenEntries}), so only new
 *     entries and real updates go on
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
    int rhythmSeconds,
    Instant newestEntry,
    byte[] seen) {

  public static final String OK = "ok";
  public static final String ERRORING = "erroring";
  public static final String DISABLED = "disabled";

  public FeedState {
    seen = seen == null ? new byte[0] : seen;
    status = status == null ? OK : canonical(status);
  }

  /** Records compare arrays by identity; the remembered entries are compared by content. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FeedState f
        && java.util.Objects.equals(withoutSeen(), f.withoutSeen())
        && java.util.Arrays.equals(seen, f.seen);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        url, etag, lastModified, lastPolled, java.util.Arrays.hashCode(seen));
  }

  private java.util.List<Object> withoutSeen() {
    return java.util.Arrays.asList(
        url,
        currentUrl,
        etag,
        lastModified,
        bodyHash,
        lastPolled,
        lastSuccess,
        errors,
        lastError,
        status,
        retryNotBefore,
        rhythmSeconds,
        newestEntry);
  }

  /**
   * The shared constant for a known status, so a store of many states does not hold a copy each.
   */
  private static String canonical(String status) {
    return switch (status) {
      case OK -> OK;
      case ERRORING -> ERRORING;
      case DISABLED -> DISABLED;
      default -> status;
    };
  }

  public static FeedState initial(String url) {
    return new FeedState(
        url, null, null, null, 0, null, null, 0, null, OK, null, 0, null, new byte[0]);
  }

  /**
   * The URL to request: the permanent redirect target if there was one, else the configured URL.
   */
  public String fetchUrl() {
    return currentUrl != null ? currentUrl : url;
  }

  /** True until the feed has been read successfully once: backfill rules apply. */
  public boolean firstPoll() {
    return lastSuccess == null;
  }

  FeedState failed(Instant now, String error, Instant notBefore) {
    return new FeedState(
        url,
        currentUrl,
        etag,
        lastModified,
        bodyHash,
        now,
        lastSuccess,
        errors + 1,
        error,
        ERRORING,
        notBefore,
        rhythmSeconds,
        newestEntry,
        seen);
  }

  FeedState disabled(Instant now, String reason) {
    return new FeedState(
        url,
        currentUrl,
        etag,
        lastModified,
        bodyHash,
        now,
        lastSuccess,
        errors,
        reason,
        DISABLED,
        null,
        rhythmSeconds,
        newestEntry,
        seen);
  }

  /** A 304: the validators still hold. */
  /** True when the two differ at most in when the feed was last polled and last read. */
  public boolean sameApartFromPollTimes(FeedState other) {
    return withPollTimes(null, null).equals(other.withPollTimes(null, null));
  }

  private FeedState withPollTimes(Instant polled, Instant success) {
    return new FeedState(
        url,
        currentUrl,
        etag,
        lastModified,
        bodyHash,
        polled,
        success,
        errors,
        lastError,
        status,
        retryNotBefore,
        rhythmSeconds,
        newestEntry,
        seen);
  }

  FeedState unchanged(Instant now) {
    return unchanged(now, etag, lastModified);
  }

  /** A 2xx whose body is the one read last time; the server's validators may still be new. */
  FeedState unchanged(Instant now, String etag, String lastModified) {
    return new FeedState(
        url,
        currentUrl,
        etag,
        lastModified,
        bodyHash,
        now,
        now,
        0,
        null,
        OK,
        null,
        rhythmSeconds,
        newestEntry,
        seen);
  }

  FeedState succeeded(
      Instant now,
      String etag,
      String lastModified,
      long bodyHash,
      Cadence.Observed rhythm,
      byte[] seen) {
    return new FeedState(
        url,
        currentUrl,
        etag,
        lastModified,
        bodyHash,
        now,
        now,
        0,
        null,
        OK,
        null,
        rhythm.rhythmSeconds(),
        rhythm.newest(),
        seen);
  }

  /** Records a permanent redirect (RFC 9110 15.4.2, 15.4.9); null leaves the URL as it is. */
  FeedState movedTo(String target) {
    if (target == null || target.equals(fetchUrl())) {
      return this;
    }
    return new FeedState(
        url,
        target.equals(url) ? null : target,
        etag,
        lastModified,
        bodyHash,
        lastPolled,
        lastSuccess,
        errors,
        lastError,
        status,
        retryNotBefore,
        rhythmSeconds,
        newestEntry,
        seen);
  }
}
