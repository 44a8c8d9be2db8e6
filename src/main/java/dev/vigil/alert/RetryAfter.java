package dev.vigil.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads an HTTP {@code Retry-After} value: delay-seconds or an HTTP-date (RFC 9110, section
 * 10.2.3).
 */
final class RetryAfter {
  /**
   * Longer asks are read as this much: the maximum age sends such a delivery to the dead letters
   * anyway.
   */
  private static final Duration CEILING = Duration.ofDays(7);

  private RetryAfter() {}

  /**
   * The wait asked for, or null when the value is missing or unreadable (then the backoff alone
   * applies).
   */
  static Duration parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    Duration d;
    try {
      d = Duration.ofSeconds(Long.parseLong(v));
    } catch (NumberFormatException e) {
      try {
        d =
            Duration.between(
                now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      } catch (DateTimeParseException e2) {
        return null;
      }
    } catch (ArithmeticException e) {
      return CEILING;
    }
    if (d.isNegative()) {
      return Duration.ZERO;
    }
    return d.compareTo(CEILING) > 0 ? CEILING : d;
  }
}
