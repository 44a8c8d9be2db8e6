package dev.vigil.config;

import java.time.Duration;

/**
 * When and how article pages are fetched for their full text (section {@code fulltext}).
 *
 * @param mode the default for feeds that do not set their own: {@code auto} fetches when the feed
 *     gives a teaser, {@code always} for every entry, {@code never} not at all
 * @param teaserChars in {@code auto}, feed text shorter than this is a teaser
 * @param timeout the longest an article waits for its page; after that it goes on with its feed
 *     text and the status {@code timeout}
 * @param maxPageBytes largest page accepted, on the wire and after decompression
 * @param workers pages fetched at once
 * @param hostMaxConcurrent most page requests in flight to one host
 * @param hostMinDelay least time between the starts of two page requests to one host
 */
public record FulltextSettings(
    Mode mode,
    int teaserChars,
    Duration timeout,
    long maxPageBytes,
    int workers,
    int hostMaxConcurrent,
    Duration hostMinDelay) {

  /** When a feed's article pages are fetched. */
  public enum Mode {
    AUTO,
    ALWAYS,
    NEVER;

    /** The mode a config value names, or null. */
    public static Mode of(String s) {
      return switch (s) {
        case "auto" -> AUTO;
        case "always" -> ALWAYS;
        case "never" -> NEVER;
        default -> null;
      };
    }
  }

  public static final FulltextSettings DEFAULT =
      new FulltextSettings(
          Mode.AUTO, 600, Duration.ofSeconds(30), 5L * 1024 * 1024, 8, 2, Duration.ofSeconds(1));

  public FulltextSettings withTimeout(Duration t) {
    return new FulltextSettings(
        mode, teaserChars, t, maxPageBytes, workers, hostMaxConcurrent, hostMinDelay);
  }
}
