package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.http.HttpValues;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adaptive interval: rhythm from entry dates, publisher hints, and the clamp. */
class CadenceTest {
  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private static final Duration MIN = Duration.ofMinutes(1);

  /** {@code n} entry dates, the newest {@code age} old, {@code gap} apart. */
  private static List<Instant> every(Duration gap, int n, Duration age) {
    List<Instant> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(NOW.minus(age).minus(gap.multipliedBy(i)));
    }
    return out;
  }

  private static FeedState polled(Cadence.Observed o, Instant at) {
    return FeedState.initial("http://127.0.0.1/f").succeeded(at, null, null, 1, o, new byte[0]);
  }

  @Test
  void theRhythmIsTheMedianGapOfTheNewestEntries() {
    List<Instant> dates = new ArrayList<>(every(Duration.ofMinutes(3), 10, Duration.ZERO));
    dates.add(NOW.minus(Duration.ofDays(30)));
    dates.add(null);
    dates.add(NOW.plus(Duration.ofDays(1)));
    Cadence.Observed o = Cadence.observe(dates, NOW, null, null);
    assertThat(o.rhythmSeconds())
        .as("one outlier gap and undated or future entries do not count")
        .isEqualTo(180);
    assertThat(o.newest()).isEqualTo(NOW);
  }

  @Test
  void fewerThanThreeDistinctDatesShowNoRhythm() {
    assertThat(Cadence.observe(List.of(NOW, NOW, NOW, NOW), NOW, null, null))
        .isEqualTo(Cadence.Observed.NONE);
    assertThat(
            Cadence.observe(every(Duration.ofMinutes(3), 2, Duration.ZERO), NOW, null, null)
                .rhythmSeconds())
        .isZero();
  }

  @Test
  void ttlAndMaxAgeOnlyLengthenTheRhythm() {
    List<Instant> dates = every(Duration.ofMinutes(2), 5, Duration.ZERO);
    assertThat(Cadence.observe(dates, NOW, Duration.ofMinutes(10), null).rhythmSeconds())
        .isEqualTo(600);
    assertThat(Cadence.observe(dates, NOW, null, Duration.ofMinutes(4)).rhythmSeconds())
        .isEqualTo(240);
    assertThat(Cadence.observe(dates, NOW, Duration.ofSeconds(30), null).rhythmSeconds())
        .isEqualTo(120);
    assertThat(Cadence.observe(List.of(NOW), NOW, Duration.ofMinutes(10), null).rhythmSeconds())
        .as("a hint alone is no rhythm")
        .isZero();
  }

  @Test
  void theIntervalIsClampedBetweenTheMinimumAndTheFeedsInterval() {
    Duration max = Duration.ofMinutes(30);
    Cadence.Observed fast =
        Cadence.observe(every(Duration.ofSeconds(20), 10, Duration.ZERO), NOW, null, null);
    Cadence.Observed tenMin =
        Cadence.observe(every(Duration.ofMinutes(10), 10, Duration.ZERO), NOW, null, null);
    Cadence.Observed slow =
        Cadence.observe(every(Duration.ofHours(5), 10, Duration.ZERO), NOW, null, null);
    assertThat(Cadence.interval(polled(fast, NOW), MIN, max)).isEqualTo(MIN);
    assertThat(Cadence.interval(polled(tenMin, NOW), MIN, max)).isEqualTo(Duration.ofMinutes(10));
    assertThat(Cadence.interval(polled(slow, NOW), MIN, max)).isEqualTo(max);
    assertThat(Cadence.interval(polled(Cadence.Observed.NONE, NOW), MIN, max)).isEqualTo(max);
    assertThat(Cadence.interval(polled(fast, NOW), MIN, Duration.ofSeconds(30)))
        .as("a feed interval below the minimum still wins")
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aFeedThatWentQuietDriftsBackToItsInterval() {
    Cadence.Observed tenMin =
        Cadence.observe(every(Duration.ofMinutes(10), 10, Duration.ZERO), NOW, null, null);
    Duration max = Duration.ofHours(1);
    assertThat(Cadence.interval(polled(tenMin, NOW.plus(Duration.ofMinutes(25))), MIN, max))
        .isEqualTo(Duration.ofMinutes(25));
    assertThat(Cadence.interval(polled(tenMin, NOW.plus(Duration.ofHours(3))), MIN, max))
        .isEqualTo(max);
  }

  @Test
  void readsTheHintsFromHeadersAndRawBytes() {
    assertThat(HttpValues.maxAge("public, max-age=600")).isEqualTo(Duration.ofMinutes(10));
    assertThat(HttpValues.maxAge("max-age=\"60\", must-revalidate"))
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(HttpValues.maxAge("no-cache, max-age=600")).isNull();
    assertThat(HttpValues.maxAge("s-maxage=600")).isNull();
    assertThat(HttpValues.maxAge(null)).isNull();
    assertThat(HttpValues.ttl("<rss><channel><ttl> 45 </ttl><item/></channel></rss>".getBytes()))
        .isEqualTo(Duration.ofMinutes(45));
    assertThat(HttpValues.ttl("<feed/>".getBytes())).isNull();
  }
}
