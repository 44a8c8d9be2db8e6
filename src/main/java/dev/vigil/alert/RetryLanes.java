package dev.vigil.alert;

import dev.vigil.kafka.Topics;
import java.time.Duration;
import java.time.Instant;

/**
 * The retry topic's partitions are lanes by how long a record waits: each lane is read in order, so
 * a record waiting out a 20-minute backoff holds up only records that wait about as long, not one
 * due in five seconds. Lane 0 is for records due at once (a replay) or within 15 s.
 */
public final class RetryLanes {
  /** The longest wait of each lane but the last, which takes anything longer. */
  private static final Duration[] BOUNDS = {
    Duration.ofSeconds(15),
    Duration.ofMinutes(1),
    Duration.ofMinutes(4),
    Duration.ofMinutes(15),
    Duration.ofHours(1)
  };

  static {
    if (BOUNDS.length + 1 != Topics.RETRY_LANES) {
      throw new IllegalStateException("Topics.RETRY_LANES must be " + (BOUNDS.length + 1));
    }
  }

  private RetryLanes() {}

  /**
   * The partition for a record due at {@code notBefore} (null: at once), on a topic of {@code
   * partitions}.
   */
  public static int lane(Instant notBefore, Instant now, int partitions) {
    if (notBefore == null) {
      return 0;
    }
    Duration wait = Duration.between(now, notBefore);
    int lane = 0;
    while (lane < BOUNDS.length && wait.compareTo(BOUNDS[lane]) > 0) {
      lane++;
    }
    return Math.min(lane, partitions - 1);
  }
}
