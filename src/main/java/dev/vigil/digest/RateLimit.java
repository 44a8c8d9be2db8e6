package dev.vigil.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code limit} immediate alerts per rule within a sliding {@code window}; the rest are not
 * dropped but roll into the next digest. Counts live in memory: a restart forgives.
 */
public final class RateLimit {
  private final int limit;
  private final Duration window;
  private final Map<String, Deque<Instant>> sent = new HashMap<>();

  public RateLimit(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /** Records and allows an immediate alert, or refuses it when the rule is over its limit. */
  public synchronized boolean tryAcquire(String ruleId, Instant now) {
    Deque<Instant> times = sent.computeIfAbsent(ruleId, k -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
      times.pollFirst();
    }
    if (times.size() >= limit) {
      return false;
    }
    times.addLast(now);
    return true;
  }
}
