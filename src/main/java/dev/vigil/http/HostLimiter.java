package dev.vigil.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Politeness per host: at most {@code maxConcurrent} requests in flight to one host, and at least
 * {@code minDelay} between the starts of two of them. It never blocks: a refused caller is told
 * when to ask again, so the scheduler can put the feed back and the worker moves on.
 */
public final class HostLimiter {
  private static final int PRUNE_ABOVE = 4096;

  /** The answer to a request for a slot: granted, or refused until {@code retryAt}. */
  public record Ticket(String host, Instant retryAt) {
    public boolean granted() {
      return retryAt == null;
    }
  }

  private static final class Host {
    int active;
    Instant lastStart;
  }

  private final int maxConcurrent;
  private final Duration minDelay;
  private final Clock clock;
  private final Map<String, Host> hosts = new HashMap<>();

  public HostLimiter(int maxConcurrent, Duration minDelay, Clock clock) {
    this.maxConcurrent = maxConcurrent;
    this.minDelay = minDelay;
    this.clock = clock;
  }

  /** The host a URL's request goes to, lower-cased; the whole URL when it has none. */
  public static String hostOf(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? url : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * Takes a slot for {@code host} if it has one free now; a granted ticket must be {@link
   * #release}d.
   */
  public synchronized Ticket tryAcquire(String host) {
    Instant now = clock.instant();
    if (hosts.size() > PRUNE_ABOVE) {
      prune(now);
    }
    Host h = hosts.computeIfAbsent(host, k -> new Host());
    if (h.active >= maxConcurrent) {
      return new Ticket(host, now.plus(minDelay));
    }
    if (h.lastStart != null && now.isBefore(h.lastStart.plus(minDelay))) {
      return new Ticket(host, h.lastStart.plus(minDelay));
    }
    h.active++;
    h.lastStart = now;
    return new Ticket(host, null);
  }

  public synchronized void release(String host) {
    Host h = hosts.get(host);
    if (h != null && h.active > 0) {
      h.active--;
    }
  }

  /** Requests in flight to {@code host}. */
  public synchronized int active(String host) {
    Host h = hosts.get(host);
    return h == null ? 0 : h.active;
  }

  /**
   * Forgets idle hosts whose delay has passed, so the map stays as small as the set of busy hosts.
   */
  private void prune(Instant now) {
    hosts
        .values()
        .removeIf(
            h ->
                h.active == 0
                    && (h.lastStart == null || !now.isBefore(h.lastStart.plus(minDelay))));
  }
}
