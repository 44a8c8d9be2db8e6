package dev.vigil.config;

import java.time.Duration;
import java.util.List;

/**
 * One feed to poll.
 *
 * @param interval the longest wait between two polls
 * @param backfill on the first poll, entries published this recently count as new
 * @param tags free labels, e.g. the OPML categories the feed was listed under
 * @param fulltext when its article pages are fetched, or null for the {@code fulltext} section's
 *     default
 */
public record FeedSpec(
    String url,
    String title,
    Duration interval,
    Duration backfill,
    List<String> tags,
    FulltextSettings.Mode fulltext) {
  public FeedSpec {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A feed that takes the default full-text mode. */
  public FeedSpec(
      String url, String title, Duration interval, Duration backfill, List<String> tags) {
    this(url, title, interval, backfill, tags, null);
  }
}
