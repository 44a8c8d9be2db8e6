package dev.vigil.digest;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A daily window (e.g. {@code 22:00-07:00 Europe/Berlin}) in which a channel sends nothing at once.
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {
  private static final Pattern FORM =
      Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})(?:\\s+(\\S+))?");

  public static QuietHours parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not quiet hours (write 22:00-07:00 Europe/Berlin)");
    }
    try {
      return new QuietHours(
          LocalTime.parse(pad(m.group(1))),
          LocalTime.parse(pad(m.group(2))),
          m.group(3) == null ? ZoneId.of("UTC") : ZoneId.of(m.group(3)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
    }
  }

  private static String pad(String hhmm) {
    return hhmm.length() == 4 ? "0" + hhmm : hhmm;
  }

  public boolean contains(Instant t) {
    LocalTime local = t.atZone(zone).toLocalTime();
    return from.isBefore(to)
        ? !local.isBefore(from) && local.isBefore(to)
        : !local.isBefore(from) || local.isBefore(to);
  }

  /** The end of the quiet window that contains {@code t}. */
  public Instant end(Instant t) {
    ZonedDateTime local = t.atZone(zone);
    ZonedDateTime end = local.with(to);
    if (!end.isAfter(local)) {
      end = local.plusDays(1).with(to);
    }
    return end.toInstant();
  }
}
