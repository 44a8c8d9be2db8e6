package dev.vigil.digest;

import dev.vigil.article.Match;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * An alert waiting for its channel's next digest (topic {@code vigil.alerts.digest}, compacted by
 * {@link #key}, so the waiting alerts survive a restart).
 *
 * @param match the first copy of the story that matched
 * @param due when it may go out: the digest time, or the end of quiet hours
 * @param sources how many distinct sources carried the story by the last copy seen
 */
@Serdeable
public record DigestEntry(String channel, Match match, Instant due, int sources) {
  public static DigestEntry of(String channel, Match match, Instant due) {
    return new DigestEntry(channel, match, due, match.story().sources());
  }

  public String key() {
    return key(channel, match.alertId());
  }

  public static String key(String channel, String alertId) {
    return channel + "/" + alertId;
  }

  /**
   * Another copy of the same alert: the first copy stays, the source count grows, the earlier due
   * time wins.
   */
  DigestEntry merge(DigestEntry later) {
    boolean keepThis = !later.match.matchedAt().isBefore(match.matchedAt());
    Match first = keepThis ? match : later.match;
    Instant earlier = due.isBefore(later.due) ? due : later.due;
    return new DigestEntry(channel, first, earlier, Math.max(sources, later.sources));
  }

  /** Other sources that carried the story besides the one shown. */
  public int alsoReportedBy() {
    return Math.max(0, sources - 1);
  }
}
