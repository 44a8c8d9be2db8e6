package dev.vigil.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Exponential backoff with jitter between delivery attempts, a longer wait when the endpoint asks
 * for one ({@code Retry-After}), and two limits: a number of attempts and a maximum age.
 */
public record RetryPolicy(Duration first, Duration max, int maxAttempts, Duration maxAge) {
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), 10, Duration.ofHours(24));

  /**
   * The wait before attempt {@code attempt + 1}: first x 2^(attempt-1), capped, minus up to 20%
   * jitter.
   */
  public Duration delayAfter(int attempt, Random random) {
    long ms = first.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
    ms = Math.min(ms, max.toMillis());
    return Duration.ofMillis(ms - (long) (random.nextDouble() * 0.2 * ms));
  }

  /**
   * When to make the next attempt after {@code attempt} attempts failed, or null to give up (dead
   * letter): attempts used up, or the next attempt would fall after {@code since + maxAge}.
   *
   * @param retryAfter the wait the endpoint asked for, or null; it wins over a shorter backoff
   */
  public Instant nextAttempt(
      int attempt, Instant since, Duration retryAfter, Instant now, Random random) {
    if (attempt >= maxAttempts) {
      return null;
    }
    Duration wait = delayAfter(attempt, random);
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter;
    }
    Instant due = now.plus(wait);
    return due.isAfter(since.plus(maxAge)) ? null : due;
  }
}
