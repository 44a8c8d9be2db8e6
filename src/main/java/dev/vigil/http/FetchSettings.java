package dev.vigil.http;

import dev.vigil.config.AddressPolicy;
import dev.vigil.config.PollerSettings;
import java.time.Duration;

/**
 * How one kind of fetch is made: timeouts, the size cap (on the wire and after decompression), the
 * User-Agent, the address policy checked on every hop, and what the client accepts.
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    String userAgent,
    AddressPolicy addressPolicy,
    String accept) {

  static final String FEEDS =
      "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
          + " text/xml;q=0.9, */*;q=0.8";
  static final String PAGES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

  /** Feeds, as the poller's settings say. */
  public static FetchSettings feeds(PollerSettings p) {
    return new FetchSettings(
        p.connectTimeout(),
        p.readTimeout(),
        p.maxBodyBytes(),
        p.userAgent(),
        p.addressPolicy(),
        FEEDS);
  }

  /** Article pages, with the poller's User-Agent and address policy and the given limits. */
  public static FetchSettings pages(
      PollerSettings p, Duration connectTimeout, Duration readTimeout, long maxBodyBytes) {
    return new FetchSettings(
        connectTimeout, readTimeout, maxBodyBytes, p.userAgent(), p.addressPolicy(), PAGES);
  }
}
