package dev.vigil.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a channel's digest goes out: {@code hourly}, or {@code daily HH:MM [Zone/Id]}. A daily time
 * is wall-clock time in its zone, so it follows daylight-saving changes.
 */
public record DigestSchedule(Duration every, LocalTime at, ZoneId zone) {
  private static final Pattern DAILY =
      Pattern.compile("daily\\s+(\\d{1,2}):(\\d{2})(?:\\s+(\\S+))?");

  /**
   * @throws IllegalArgumentException naming the text when it is not a schedule
   */
  public static DigestSchedule parse(String text) {
    String t = text.strip();
    if (t.equals("hourly")) {
      return new DigestSchedule(Duration.ofHours(1), null, ZoneId.of("UTC"));
    }
    Matcher m = DAILY.matcher(t);
    if (m.matches()) {
      try {
        ZoneId zone = m.group(3) == null ? ZoneId.of("UTC") : ZoneId.of(m.group(3));
        return new DigestSchedule(
            Duration.ofDays(1),
            LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
            zone);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a digest schedule (write hourly, or daily 08:00 Europe/Paris)");
  }

  /** The first send time strictly after {@code now}. */
  public Instant next(Instant now) {
    if (at == null) {
      return now.truncatedTo(ChronoUnit.HOURS).plus(every);
    }
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime candidate = local.with(at);
    if (!candidate.isAfter(local)) {
      candidate = local.plusDays(1).with(at);
    }
    return candidate.toInstant();
  }
}
