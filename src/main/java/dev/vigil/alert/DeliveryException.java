package dev.vigil.alert;

import java.time.Duration;

/**
 * A delivery the endpoint refused or that was not attempted, optionally with the wait the endpoint
 * (or an open circuit breaker) asked for before the next attempt.
 */
public class DeliveryException extends Exception {
  private final transient Duration retryAfter;

  public DeliveryException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** The minimum wait before trying again, or null when the endpoint did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
