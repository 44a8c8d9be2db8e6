package dev.vigil.feed;

import dev.vigil.article.SafeHtml;
import java.time.Instant;
import java.util.List;

/**
 * A feed document, normalised and free of parser types.
 *
 * @param format e.g. {@code rss_2.0}, {@code atom_1.0}, {@code json_1.1}
 * @param warnings what had to be repaired to read it
 * @param encoding the character set the document was decoded with, lower case (null if unknown)
 */
public record ParsedFeed(
    String title,
    String link,
    String format,
    List<Entry> entries,
    List<String> warnings,
    String encoding) {

  public ParsedFeed {
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
  }

  /** For callers that do not know the encoding. */
  public ParsedFeed(
      String title, String link, String format, List<Entry> entries, List<String> warnings) {
    this(title, link, format, entries, warnings, null);
  }

  /**
   * One entry; {@code summary} and {@code content} are plain text.
   *
   * @param markup the content (else the summary) as the feed gave it, HTML or escaped text: not
   *     safe to show, see {@link #html()}
   * @param markupBase what relative URLs in {@code markup} resolve against
   */
  public record Entry(
      String guid,
      String link,
      String title,
      String summary,
      String content,
      String markup,
      String markupBase,
      List<String> authors,
      List<String> categories,
      Instant published) {

    /**
     * The content as safe HTML (see {@link SafeHtml}). Cleaned on each call rather than when
     * parsing: most entries of a feed polled again were seen before and are never published.
     */
    public String html() {
      return SafeHtml.of(HtmlText.windows1252Controls(markup), markupBase);
    }
  }
}
