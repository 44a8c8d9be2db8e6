package dev.vigil.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed document, normalised and free of parser types.
 *
 * @param format e.g. {@code rss_2.0}, {@code atom_1.0}
 * @param warnings what had to be repaired to read it
 */
public record ParsedFeed(String title, String link, String format, List<Entry> entries, List<String> warnings) {

  public ParsedFeed {
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
  }

  /** One entry; {@code summary} and {@code content} are plain text. */
  public record Entry(String guid, String link, String title, String summary, String content,
      List<String> authors, List<String> categories, Instant published) {}
}
