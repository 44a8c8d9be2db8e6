package dev.vigil.http;

import java.time.Duration;

/** What one HTTP fetch of a feed gave; each case is handled on its own by the poller. */
public sealed interface FetchOutcome {

  /**
   * A 2xx body, already decompressed and within the size limit.
   *
   * @param finalUrl the URL the body came from, after redirects
   * @param movedTo where a chain of permanent redirects (301/308, RFC 9110 15.4.2 and 15.4.9) from
   *     the requested URL led, which later polls should use; null when there was none
   * @param maxAge the response's {@code Cache-Control: max-age} (RFC 9111 5.2.2.1), null when
   *     absent or when {@code no-cache} or {@code no-store} is present
   */
  record Fetched(
      byte[] body,
      String contentType,
      String etag,
      String lastModified,
      String finalUrl,
      String movedTo,
      Duration maxAge)
      implements FetchOutcome {}

  /**
   * 304: the validators still hold (RFC 9110 15.4.5), nothing to parse; {@code movedTo} as in
   * {@link Fetched}.
   */
  record NotModified(String movedTo) implements FetchOutcome {}

  /** 410: the publisher says the feed is gone for good. */
  record Gone() implements FetchOutcome {}

  /** 429 or 503, possibly with a {@code Retry-After} (RFC 9110 10.2.3); null when absent. */
  record RetryLater(int status, Duration retryAfter) implements FetchOutcome {}

  /** More redirects in a row than the limit (RFC 9110 15.4 asks clients to detect cycles). */
  record TooManyRedirects(int limit, String lastUrl) implements FetchOutcome {}

  /**
   * A 3xx without a usable {@code Location} (RFC 9110 10.2.2), or one to a scheme other than
   * http/https.
   */
  record BadRedirect(String from, String location, String problem) implements FetchOutcome {}

  /**
   * The host resolved to an address the address policy forbids; {@code rule} names the range and
   * the policy.
   */
  record Refused(String host, String address, String rule) implements FetchOutcome {}

  /** Anything else: network error, timeout, other status, oversize body. */
  record Failed(String reason) implements FetchOutcome {}

  /** A one-line description for the feed's {@code lastError}. */
  public static String describe(FetchOutcome o) {
    if (o instanceof TooManyRedirects t) {
      return "more than " + t.limit() + " redirects, the last to " + t.lastUrl();
    }
    if (o instanceof BadRedirect b) {
      return "bad redirect from "
          + b.from()
          + (b.location() == null ? "" : " to '" + b.location() + "'")
          + ": "
          + b.problem();
    }
    if (o instanceof Refused r) {
      return "refused " + r.host() + " at " + r.address() + ": " + r.rule();
    }
    if (o instanceof Failed f) {
      return f.reason();
    }
    return o.toString();
  }
}
