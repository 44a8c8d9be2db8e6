package dev.vigil.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.article.Article;
import dev.vigil.article.Match;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryGateTest {
  private static final Instant NOON = Instant.parse("2026-11-24T12:10:00Z");

  @Test
  void schedulesAreParsedAndFollowTheirZone() {
    assertThat(DigestSchedule.parse("hourly").next(NOON))
        .isEqualTo(Instant.parse("2026-11-24T13:00:00Z"));
    DigestSchedule paris = DigestSchedule.parse("daily 08:00 Europe/Paris");
    assertThat(paris.next(NOON)).isEqualTo(Instant.parse("2026-11-25T07:00:00Z"));
    assertThat(DigestSchedule.parse("daily 13:30").next(NOON))
        .isEqualTo(Instant.parse("2026-11-24T13:30:00Z"));
    // Summer time in Paris: 08:00 local is 06:00 UTC.
    assertThat(paris.next(Instant.parse("2026-07-01T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-07-02T06:00:00Z"));
    assertThatThrownBy(() -> DigestSchedule.parse("weekly"))
        .hasMessageContaining("'weekly' is not a digest schedule");
    assertThatThrownBy(() -> DigestSchedule.parse("daily 08:00 Mars/Olympus"))
        .hasMessageContaining("Mars/Olympus");
  }

  @Test
  void quietHoursWrapMidnight() {
    QuietHours q = QuietHours.parse("22:00-07:00 Europe/Berlin");
    assertThat(q.contains(Instant.parse("2026-11-24T22:30:00Z"))).isTrue(); // 23:30 in Berlin
    assertThat(q.contains(Instant.parse("2026-11-24T05:59:00Z"))).isTrue(); // 06:59
    assertThat(q.contains(Instant.parse("2026-11-24T06:00:00Z"))).isFalse(); // 07:00
    assertThat(q.end(Instant.parse("2026-11-24T22:30:00Z")))
        .isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
  }

  @Test
  void immediateChannelsDeferDuringQuietHoursAndOverTheRateLimit() {
    DeliveryGate gate =
        new DeliveryGate(
            null, QuietHours.parse("00:00-06:00"), new RateLimit(2, Duration.ofHours(1)));
    assertThat(gate.decide("r", NOON).now()).isTrue();
    assertThat(gate.decide("r", NOON.plusSeconds(1)).now()).isTrue();
    DeliveryGate.Decision third = gate.decide("r", NOON.plusSeconds(2));
    assertThat(third.now()).isFalse();
    assertThat(third.at()).isEqualTo(Instant.parse("2026-11-24T13:00:00Z"));
    assertThat(gate.decide("other-rule", NOON.plusSeconds(3)).now()).isTrue();
    assertThat(gate.decide("r", NOON.plus(Duration.ofMinutes(61))).now())
        .as("the window slides")
        .isTrue();
    DeliveryGate.Decision night = gate.decide("r", Instant.parse("2026-11-25T02:00:00Z"));
    assertThat(night.at()).isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
  }

  @Test
  void digestChannelsAlwaysWaitAndSkipQuietHours() {
    DeliveryGate gate =
        new DeliveryGate(
            DigestSchedule.parse("daily 05:00"), QuietHours.parse("00:00-06:00"), null);
    assertThat(gate.decide("r", NOON).at()).isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
  }

  @Test
  void digestsGroupByRuleAndCountTheOtherSourcesOfAStory() {
    Match a1 = match("b-rule", "story-1", 1, 1);
    Match a2 = match("b-rule", "story-1", 2, 3);
    Match b1 = match("b-rule", "story-2", 3, 1);
    Match c1 = match("a-rule", "story-1", 4, 1);
    DigestBook book = new DigestBook();
    Instant due = NOON.plusSeconds(60);
    for (Match m : List.of(b1, a2, c1, a1)) {
      book.put(DigestEntry.of("desk", m, due));
    }
    book.put(DigestEntry.of("other", c1, NOON.plusSeconds(3600)));
    assertThat(book.due("desk", NOON)).isEmpty();
    Digest d = Digest.of("desk", book.due("desk", due));
    assertThat(d.size()).as("the two copies of story-1 under b-rule are one alert").isEqualTo(3);
    assertThat(d.byRule().keySet()).containsExactly("a-rule", "b-rule");
    List<DigestEntry> b = d.byRule().get("b-rule");
    assertThat(b).extracting(e -> e.match().article().guid()).containsExactly("story-1", "story-2");
    assertThat(b.get(0).match()).as("the first copy is the one shown").isEqualTo(a1);
    assertThat(b.get(0).alsoReportedBy()).isEqualTo(2);
    assertThat(Digest.of("desk", book.due("desk", due)).id()).as("stable id").isEqualTo(d.id());
    d.entries().forEach(e -> book.remove(e.key()));
    assertThat(book.channels()).containsExactly("other");
  }

  private static Match match(String rule, String story, int second, int sources) {
    Article a =
        new Article(
            1,
            story + second,
            "http://127.0.0.1/f",
            "f",
            story,
            null,
            "t",
            "",
            "",
            List.of(),
            List.of(),
            NOON,
            NOON,
            false);
    return Match.of(
        rule,
        List.of("desk"),
        List.of(),
        a,
        NOON.plusSeconds(second),
        new Match.Story(story, sources, sources == 1, false),
        "",
        List.of(),
        List.of());
  }
}
