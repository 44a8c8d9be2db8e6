package dev.vigil.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling an endpoint after {@code threshold} consecutive failures, for {@code openFor}; then
 * lets one probe through (half-open): its success closes the breaker, its failure opens it again. A
 * small state machine on an injected clock rather than a library, so tests drive it without
 * waiting.
 */
public final class CircuitBreaker {
  /** The breaker's states. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final int threshold;
  private final Duration openFor;
  private final Clock clock;
  private State state = State.CLOSED;
  private int failures;
  private Instant openedAt;

  public CircuitBreaker(int threshold, Duration openFor, Clock clock) {
    this.threshold = threshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  /**
   * Asks to make a call. Returns null when allowed, else how long until a probe may go through. An
   * allowed call must be followed by {@link #onSuccess} or {@link #onFailure}.
   */
  public synchronized Duration tryAcquire() {
    if (state == State.CLOSED) {
      return null;
    }
    Instant now = clock.instant();
    Instant probeAt = openedAt.plus(openFor);
    if (state == State.OPEN && !now.isBefore(probeAt)) {
      state = State.HALF_OPEN; // this caller is the probe; others wait for its verdict
      return null;
    }
    // Open, or half-open with the probe still out: a full period is a fair guess for the probe's
    // verdict.
    return state == State.OPEN ? Duration.between(now, probeAt) : openFor;
  }

  public synchronized void onSuccess() {
    state = State.CLOSED;
    failures = 0;
  }

  public synchronized void onFailure() {
    failures++;
    if (state == State.HALF_OPEN || failures >= threshold) {
      state = State.OPEN;
      openedAt = clock.instant();
    }
  }

  public synchronized State state() {
    return state;
  }
}
