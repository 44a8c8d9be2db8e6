package dev.vigil.config;

import java.time.Duration;

/**
 * How the alert stage retries and when it stops calling an endpoint (section {@code alerts}).
 *
 * @param retryFirst wait after the first failed attempt; doubles after each further one
 * @param retryMax longest wait between two attempts (a {@code Retry-After} may ask for more)
 * @param retryAttempts attempts in all, the first included, before the dead-letter topic
 * @param maxAge the longest a delivery is retried, from its first attempt, before the dead-letter
 *     topic
 * @param breakerFailures consecutive failures of an endpoint that open its circuit breaker
 * @param breakerOpen how long an open breaker refuses calls before one probe goes through
 */
public record AlertSettings(
    Duration retryFirst,
    Duration retryMax,
    int retryAttempts,
    Duration maxAge,
    int breakerFailures,
    Duration breakerOpen) {

  public static final AlertSettings DEFAULT =
      new AlertSettings(
          Duration.ofSeconds(5),
          Duration.ofMinutes(30),
          10,
          Duration.ofHours(24),
          5,
          Duration.ofMinutes(1));
}
