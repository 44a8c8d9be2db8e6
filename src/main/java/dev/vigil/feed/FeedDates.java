package dev.vigil.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates Rome's DateParser cannot (it knows RFC 822 and W3C only): "2024-01-15 10:30:00",
 * "Monday, January 15, 2024 10:30 AM", "Mon Jan 15 10:30:00 UTC 2024", offsets like "+01:00" in RFC
 * 822 dates, and more. We do this here rather than with Rome's {@code datetime.extra.masks},
 * because those masks read a date without zone in the JVM's default time zone; here such dates are
 * taken as UTC, the same on every machine.
 */
final class FeedDates {
  private static final Pattern WEEKDAY =
      Pattern.compile("^(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+");
  private static final Pattern CTIME =
      Pattern.compile(
          "^([A-Za-z]+ \\d{1,2}) (\\d{1,2}:\\d{2}(?::\\d{2})?)(?: ([A-Za-z]{1,5}))? (\\d{4})$");
  private static final Pattern OFFSET =
      Pattern.compile("\\s*(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2}):?(\\d{2})?$");
  private static final Pattern NAMED_ZONE = Pattern.compile("\\s*\\b([A-Za-z]{1,5})$");
  private static final Map<String, Integer> ZONE_HOURS =
      Map.ofEntries(
          Map.entry("GMT", 0),
          Map.entry("UTC", 0),
          Map.entry("UT", 0),
          Map.entry("Z", 0),
          Map.entry("EST", -5),
          Map.entry("EDT", -4),
          Map.entry("CST", -6),
          Map.entry("CDT", -5),
          Map.entry("MST", -7),
          Map.entry("MDT", -6),
          Map.entry("PST", -8),
          Map.entry("PDT", -7),
          Map.entry("CET", 1),
          Map.entry("CEST", 2),
          Map.entry("BST", 1),
          Map.entry("EET", 2),
          Map.entry("EEST", 3),
          Map.entry("MSK", 3),
          Map.entry("JST", 9),
          Map.entry("KST", 9),
          Map.entry("AEST", 10),
          Map.entry("AEDT", 11));
  private static final List<DateTimeFormatter> DATE_TIMES =
      formats(
          "d MMM uuuu H:mm[:ss]",
          "d MMMM uuuu H:mm[:ss]",
          "MMM d uuuu H:mm[:ss]",
          "MMMM d uuuu H:mm[:ss]",
          "MMM d uuuu h:mm[:ss] a",
          "MMMM d uuuu h:mm[:ss] a",
          "d MMM uuuu h:mm[:ss] a",
          "uuuu-M-d['T'][ ]H:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]",
          "uuuu/M/d H:mm[:ss]",
          "d.M.uuuu H:mm[:ss]",
          "d MMM yy H:mm[:ss]");
  private static final List<DateTimeFormatter> DATES =
      formats(
          "d MMM uuuu",
          "d MMMM uuuu",
          "MMM d uuuu",
          "MMMM d uuuu",
          "uuuu/M/d",
          "d.M.uuuu",
          "uuuuMMdd");

  private FeedDates() {}

  /** The instant a date in one of the odd formats above stands for, or null. */
  static Instant parse(String raw) {
    String s =
        raw.replaceAll("\\([^)]*\\)", " ")
            .replace(",", " ")
            .replace(" at ", " ")
            .replaceAll("\\s+", " ")
            .strip();
    s = WEEKDAY.matcher(s).replaceFirst("");
    Matcher ctime = CTIME.matcher(s);
    if (ctime.matches()) {
      s =
          ctime.group(1)
              + " "
              + ctime.group(4)
              + " "
              + ctime.group(2)
              + (ctime.group(3) == null ? "" : " " + ctime.group(3));
    }
    ZoneOffset offset = ZoneOffset.UTC;
    Matcher o = OFFSET.matcher(s);
    Matcher z = NAMED_ZONE.matcher(s);
    if (o.find() && s.substring(0, o.start()).matches(".*\\d:\\d\\d.*")) {
      int hours = Integer.parseInt(o.group(2));
      int minutes = o.group(3) == null ? 0 : Integer.parseInt(o.group(3));
      offset =
          ZoneOffset.ofHoursMinutes(
              o.group(1).equals("-") ? -hours : hours, o.group(1).equals("-") ? -minutes : minutes);
      s = s.substring(0, o.start());
    } else if (z.find() && ZONE_HOURS.containsKey(z.group(1).toUpperCase(Locale.ROOT))) {
      offset = ZoneOffset.ofHours(ZONE_HOURS.get(z.group(1).toUpperCase(Locale.ROOT)));
      s = s.substring(0, z.start());
    }
    return at(s.strip(), offset);
  }

  private static Instant at(String local, ZoneOffset offset) {
    for (DateTimeFormatter f : DATE_TIMES) {
      TemporalAccessor t = tryParse(f, local);
      if (t != null) {
        return LocalDateTime.from(t).toInstant(offset);
      }
    }
    for (DateTimeFormatter f : DATES) {
      TemporalAccessor t = tryParse(f, local);
      if (t != null) {
        return LocalDate.from(t).atStartOfDay().toInstant(offset);
      }
    }
    return null;
  }

  private static TemporalAccessor tryParse(DateTimeFormatter f, String s) {
    try {
      return f.parse(s);
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  private static List<DateTimeFormatter> formats(String... patterns) {
    return java.util.Arrays.stream(patterns)
        .map(
            p ->
                new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(p)
                    .toFormatter(Locale.ENGLISH))
        .toList();
  }
}
