package dev.vigil.feed;

import com.rometools.rome.io.impl.DateParser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Element;

/**
 * Reads each entry's date before Rome does and takes the date elements out of the document. Rome's
 * DateParser builds a SimpleDateFormat for every pattern it tries, for every date, and was most of
 * the cost of parsing a feed; the common RFC 822 and ISO 8601 forms are read here with java.time,
 * and only the rest go to Rome's parser and then to {@link FeedDates}.
 */
final class EntryDates {
  private static final List<String> PUBLISHED =
      List.of("pubDate", "published", "issued", "date", "created");
  private static final List<String> UPDATED = List.of("updated", "modified");
  private static final Set<String> DATES =
      Set.of(
          "pubDate",
          "lastBuildDate",
          "date",
          "published",
          "updated",
          "issued",
          "modified",
          "created");

  private EntryDates() {}

  /**
   * The date of every entry (null where it has none), in document order; the date elements are
   * removed.
   */
  static List<Instant> extract(Element root) {
    containers(root).forEach(EntryDates::detachDates);
    List<Instant> out = new ArrayList<>();
    for (Element e : entries(root)) {
      out.add(date(e));
      detachDates(e);
    }
    return out;
  }

  /** The entry elements in document order: the order in which Rome lists them. */
  static List<Element> entries(Element root) {
    String entry = root.getName().equals("feed") ? "entry" : "item"; // Atom, else RSS and RDF
    List<Element> out = new ArrayList<>();
    for (Element container : containers(root)) {
      container.getChildren().stream().filter(e -> e.getName().equals(entry)).forEach(out::add);
    }
    return out;
  }

  private static List<Element> containers(Element root) {
    List<Element> containers = new ArrayList<>(List.of(root));
    root.getChildren().stream().filter(c -> c.getName().equals("channel")).forEach(containers::add);
    return containers;
  }

  private static Instant date(Element entry) {
    for (List<String> names : List.of(PUBLISHED, UPDATED)) {
      for (String name : names) {
        for (Element c : entry.getChildren()) {
          if (c.getName().equals(name) && !c.getTextTrim().isEmpty()) {
            Instant t = parse(c.getTextTrim());
            if (t != null) {
              return t;
            }
          }
        }
      }
    }
    return null;
  }

  static Instant parse(String text) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException notRfc1123) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notIso) {
        Date rome = DateParser.parseDate(text, Locale.US);
        return rome != null ? rome.toInstant() : FeedDates.parse(text);
      }
    }
  }

  private static void detachDates(Element parent) {
    parent.getChildren().stream()
        .filter(c -> DATES.contains(c.getName()) && c.getChildren().isEmpty())
        .toList()
        .forEach(Element::detach);
  }
}
