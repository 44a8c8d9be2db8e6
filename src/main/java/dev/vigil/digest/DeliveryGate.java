package dev.vigil.digest;

import java.time.Instant;

/**
 * Decides, per channel, whether an alert goes out now or waits for the channel's next digest:
 * digest channels always wait; immediate channels wait during quiet hours and when the rule is over
 * its rate limit (then the alert goes out with the next digest, or when quiet hours end).
 */
public final class DeliveryGate {
  /** Now, or not before {@code at}. */
  public record Decision(boolean now, Instant at) {
    static Decision immediately() {
      return new Decision(true, null);
    }

    static Decision deferUntil(Instant at) {
      return new Decision(false, at);
    }
  }

  private final DigestSchedule digest;
  private final QuietHours quiet;
  private final RateLimit rateLimit;

  /** Any part may be null: no digest (immediate), no quiet hours, no rate limit. */
  public DeliveryGate(DigestSchedule digest, QuietHours quiet, RateLimit rateLimit) {
    this.digest = digest;
    this.quiet = quiet;
    this.rateLimit = rateLimit;
  }

  public Decision decide(String ruleId, Instant now) {
    if (digest != null) {
      return Decision.deferUntil(afterQuiet(digest.next(now)));
    }
    if (quiet != null && quiet.contains(now)) {
      return Decision.deferUntil(quiet.end(now));
    }
    if (rateLimit != null && !rateLimit.tryAcquire(ruleId, now)) {
      Instant next = DigestSchedule.parse("hourly").next(now);
      return Decision.deferUntil(afterQuiet(next));
    }
    return Decision.immediately();
  }

  private Instant afterQuiet(Instant t) {
    return quiet != null && quiet.contains(t) ? quiet.end(t) : t;
  }
}
