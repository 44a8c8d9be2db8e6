package dev.vigil.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The adaptive poll interval. After each parse, the feed's rhythm is observed: the median gap
 * between its newest entry dates, raised to the publisher's hints ({@code <ttl>}, {@code
 * Cache-Control: max-age}, RFC 9111 5.2.2.1), which ask not to be polled more often. When the next
 * poll is scheduled, the rhythm is also raised to the age of the newest entry, so a feed that has
 * gone quiet drifts back to its configured interval, and the result is clamped between the minimum
 * interval and the feed's interval: adaptation only ever polls sooner than configured.
 */
final class Cadence {
  /** How many of the newest dated entries are looked at. */
  static final int SAMPLE = 20;

  /** Entries dated further ahead than this are ignored as clock errors. */
  private static final Duration FUTURE_SLACK = Duration.ofMinutes(5);

  private static final long MAX_SECONDS = Duration.ofDays(30).toSeconds();

  /**
   * What one parse showed: the rhythm in seconds (0 when the feed shows none) and its newest entry
   * date.
   */
  record Observed(int rhythmSeconds, Instant newest) {
    static final Observed NONE = new Observed(0, null);
  }

  private Cadence() {}

  /**
   * Needs at least three distinct dates (two gaps); hints only lengthen a rhythm, never create one.
   */
  static Observed observe(List<Instant> published, Instant now, Duration ttl, Duration maxAge) {
    List<Instant> dates =
        published.stream()
            .filter(Objects::nonNull)
            .filter(d -> !d.isAfter(now.plus(FUTURE_SLACK)))
            .distinct()
            .sorted(Comparator.reverseOrder())
            .limit(SAMPLE)
            .toList();
    if (dates.size() < 3) {
      return Observed.NONE;
    }
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < dates.size(); i++) {
      gaps.add(Duration.between(dates.get(i), dates.get(i - 1)).toSeconds());
    }
    gaps.sort(null);
    long rhythm = gaps.get(gaps.size() / 2);
    rhythm = Math.max(rhythm, ttl == null ? 0 : ttl.toSeconds());
    rhythm = Math.max(rhythm, maxAge == null ? 0 : maxAge.toSeconds());
    return new Observed((int) Math.max(1, Math.min(rhythm, MAX_SECONDS)), dates.get(0));
  }

  /**
   * The wait after a successful poll at {@code polledAt}: the rhythm, or the newest entry's age if
   * longer, in [min, max].
   */
  static Duration interval(FeedState s, Duration min, Duration max) {
    if (s.rhythmSeconds() <= 0) {
      return max;
    }
    Duration d = Duration.ofSeconds(s.rhythmSeconds());
    if (s.newestEntry() != null && s.lastPolled() != null) {
      Duration age = Duration.between(s.newestEntry(), s.lastPolled());
      d = age.compareTo(d) > 0 ? age : d;
    }
    if (d.compareTo(max) > 0) {
      return max;
    }
    return d.compareTo(min) < 0 ? (min.compareTo(max) < 0 ? min : max) : d;
  }
}
