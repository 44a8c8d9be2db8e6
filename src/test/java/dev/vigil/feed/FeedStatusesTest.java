package dev.vigil.feed;

import static dev.vigil.feed.FeedStatusSamples.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.config.FeedSpec;
import dev.vigil.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What GET /api/feeds lists, without HTTP. */
class FeedStatusesTest {
  private final MutableClock clock = new MutableClock(NOW);
  private final FeedStatuses statuses = FeedStatusSamples.statuses(clock);

  @Test
  void listsEveryConfiguredFeedInOrderWithItsStateAndSchedule() {
    List<FeedStatuses.FeedStatus> all = statuses.list(null);

    assertThat(all)
        .extracting(FeedStatuses.FeedStatus::url)
        .containsExactly(
            FeedStatusSamples.OK,
            FeedStatusSamples.ERRORING,
            FeedStatusSamples.DISABLED,
            FeedStatusSamples.NEVER_POLLED);
    FeedStatuses.FeedStatus ok = all.get(0);
    assertThat(ok.title()).isEqualTo("World");
    assertThat(ok.tags()).containsExactly("news", "world");
    assertThat(ok.state()).isEqualTo("ok");
    assertThat(ok.lastSuccess()).isEqualTo(NOW);
    assertThat(ok.intervalSeconds()).isEqualTo(900); // the observed rhythm, inside [1m, 30m]
    assertThat(ok.entriesRemembered()).isEqualTo(3);
    // Up to 10 % jitter shortens the wait, never lengthens it.
    assertThat(ok.nextPoll()).isBetween(NOW.plusSeconds(810), NOW.plusSeconds(900));

    FeedStatuses.FeedStatus erroring = all.get(1);
    assertThat(erroring.state()).isEqualTo("erroring");
    assertThat(erroring.lastError()).isEqualTo("timed out after 30s");
    assertThat(erroring.errors()).isEqualTo(2);
    assertThat(erroring.nextPoll())
        .isEqualTo(NOW.plusSeconds(600)); // the backoff, not the interval
    assertThat(erroring.intervalSeconds()).isEqualTo(300);
  }

  @Test
  void disabledAndNeverPolledFeeds() {
    FeedStatuses.FeedStatus gone = statuses.list(null).get(2);
    FeedStatuses.FeedStatus fresh = statuses.list(null).get(3);

    assertThat(gone.state()).isEqualTo("disabled");
    assertThat(gone.disabledReason()).isEqualTo("HTTP 410 Gone");
    assertThat(gone.lastError()).isNull();
    assertThat(gone.nextPoll()).isNull();
    assertThat(fresh.state()).isEqualTo("ok");
    assertThat(fresh.lastPolled()).isNull();
    assertThat(fresh.entriesRemembered()).isZero();
    assertThat(fresh.nextPoll())
        .isBetween(NOW, NOW.plusSeconds(10)); // first polls are spread over 10 s
  }

  @Test
  void aFeedBeingPolledHasNoNextPollUntilItCompletes() {
    FeedStateStore store = FeedStatusSamples.store();
    FeedScheduler scheduler = new FeedScheduler(clock, new Random(1), Duration.ofMinutes(1));
    FeedStatusSamples.specs().forEach(f -> scheduler.add(f, store.get(f.url()).orElse(null)));
    clock.advance(Duration.ofHours(1));
    List<FeedSpec> polling = scheduler.takeDue();
    FeedStatuses busy =
        new FeedStatuses(FeedStatusSamples.specs(), store, scheduler, Duration.ofMinutes(1));

    assertThat(polling).hasSize(3); // all but the disabled one
    assertThat(busy.list(null)).allMatch(s -> s.nextPoll() == null);
  }

  @Test
  void filtersByState() {
    assertThat(statuses.list("erroring"))
        .extracting(FeedStatuses.FeedStatus::url)
        .containsExactly(FeedStatusSamples.ERRORING);
    assertThat(statuses.list("ok")).hasSize(2);
    assertThat(statuses.list("disabled")).hasSize(1);
    assertThatThrownBy(() -> statuses.list("broken"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ok, erroring, disabled");
  }

  @Test
  void healthSummarisesTheSameFeeds() {
    FeedHealth.Summary s = statuses.health();

    assertThat(s.feeds()).isEqualTo(4);
    assertThat(s.erroring()).isEqualTo(1);
    assertThat(s.disabled()).isEqualTo(1);
    assertThat(s.problems())
        .extracting(FeedHealth::url)
        .containsExactly(FeedStatusSamples.ERRORING, FeedStatusSamples.DISABLED);
  }
}
