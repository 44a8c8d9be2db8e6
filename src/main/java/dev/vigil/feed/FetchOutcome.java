package dev.vigil.feed;

import java.time.Duration;

/** What one HTTP fetch of a feed gave; each case is handled on its own by the poller. */
public sealed interface FetchOutcome {

  /** A 2xx body, already decompressed and within the size limit. */
  record Fetched(byte[] body, String contentType, String etag, String lastModified, String finalUrl)
      implements FetchOutcome {}

  /** 304: the validators still hold (RFC 9110 15.4.5), nothing to parse. */
  record NotModified() implements FetchOutcome {}

  /** 410: the publisher says the feed is gone for good. */
  record Gone() implements FetchOutcome {}

  /** 429 or 503, possibly with a {@code Retry-After} (RFC 9110 10.2.3); null when absent. */
  record RetryLater(int status, Duration retryAfter) implements FetchOutcome {}

  /** Anything else: network error, timeout, other status, oversize body. */
  record Failed(String reason) implements FetchOutcome {}
}
