package dev.vigil.alert;

import java.time.Duration;

/**
 * What one delivery attempt to one channel came to.
 *
 * @param error why it failed, for logs and the dead-letter topic; null unless {@link #failed()}
 * @param retryAfter the wait the endpoint or its circuit breaker asked for; null when none
 */
public record DeliveryResult(Status status, String error, Duration retryAfter) {
  /** The outcomes. */
  public enum Status {
    DELIVERED,
    ALREADY_DELIVERED,
    NO_SUCH_CHANNEL,
    FAILED,
    REFUSED_BY_BREAKER
  }

  static final DeliveryResult DELIVERED = new DeliveryResult(Status.DELIVERED, null, null);
  static final DeliveryResult ALREADY_DELIVERED =
      new DeliveryResult(Status.ALREADY_DELIVERED, null, null);
  static final DeliveryResult NO_SUCH_CHANNEL =
      new DeliveryResult(Status.NO_SUCH_CHANNEL, null, null);

  static DeliveryResult failed(String error, Duration retryAfter) {
    return new DeliveryResult(Status.FAILED, error, retryAfter);
  }

  /** Not attempted: the endpoint's circuit breaker is open. Counts as a failed attempt. */
  static DeliveryResult refused(String error, Duration retryAfter) {
    return new DeliveryResult(Status.REFUSED_BY_BREAKER, error, retryAfter);
  }

  public boolean failed() {
    return status == Status.FAILED || status == Status.REFUSED_BY_BREAKER;
  }
}
