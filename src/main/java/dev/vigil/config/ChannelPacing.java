package dev.vigil.config;

import dev.vigil.digest.DeliveryGate;
import dev.vigil.digest.DigestSchedule;
import dev.vigil.digest.QuietHours;
import dev.vigil.digest.RateLimit;
import java.time.Duration;

/**
 * How a channel paces its alerts: at once or in a digest, quiet hours, and a per-rule rate limit.
 *
 * @param digest when the channel's digest goes out; null to send each alert at once
 * @param quietHours when the channel sends nothing at once; null for never
 * @param rateLimit at most this many immediate alerts per rule within {@code rateWindow}; 0 for no
 *     limit
 */
public record ChannelPacing(
    DigestSchedule digest, QuietHours quietHours, int rateLimit, Duration rateWindow) {
  public static final ChannelPacing IMMEDIATE = new ChannelPacing(null, null, 0, null);

  /** A new gate: its rate-limit counts start at zero. */
  public DeliveryGate gate() {
    return new DeliveryGate(
        digest, quietHours, rateLimit > 0 ? new RateLimit(rateLimit, rateWindow) : null);
  }

  /** True when every alert goes out at once, so no digest is ever needed. */
  public boolean immediate() {
    return digest == null && quietHours == null && rateLimit == 0;
  }
}
