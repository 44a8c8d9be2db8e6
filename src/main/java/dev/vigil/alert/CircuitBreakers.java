package dev.vigil.alert;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link CircuitBreaker} per endpoint, created on first use with the configured settings. */
public final class CircuitBreakers {
  private final int threshold;
  private final Duration openFor;
  private final Clock clock;
  private final Map<String, CircuitBreaker> byEndpoint = new ConcurrentHashMap<>();

  public CircuitBreakers(int threshold, Duration openFor, Clock clock) {
    this.threshold = threshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  public CircuitBreaker forEndpoint(String endpoint) {
    return byEndpoint.computeIfAbsent(endpoint, e -> new CircuitBreaker(threshold, openFor, clock));
  }
}
