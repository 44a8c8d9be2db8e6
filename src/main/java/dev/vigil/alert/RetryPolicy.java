package dev.vigil.alert;

import java.time.Duration;
import java.util.Random;

/** Exponential backoff with jitter between delivery attempts, up to a maximum number of attempts. */
public record RetryPolicy(Duration first, Duration max, int maxAttempts) {
  public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), 10);

  /** The wait before attempt {@code attempt + 1}: first x 2^(attempt-1), capped, minus up to 20% jitter. */
  public Duration delayAfter(int attempt, Random random) {
    long ms = first.toMillis() << Math.min(attempt - 1, 20);
    ms = Math.min(ms, max.toMillis());
    return Duration.ofMillis(ms - (long) (random.nextDouble() * 0.2 * ms));
  }

  public boolean exhausted(int attempt) {
    return attempt >= maxAttempts;
  }
}
