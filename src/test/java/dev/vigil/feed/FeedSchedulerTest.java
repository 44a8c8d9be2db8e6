package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.config.FeedSpec;
import dev.vigil.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedSchedulerTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
  private final FeedScheduler scheduler = new FeedScheduler(clock, new Random(42));
  private final FeedSpec feed =
      new FeedSpec(
          "http://127.0.0.1/f", null, Duration.ofMinutes(5), Duration.ofDays(7), List.of());

  @Test
  void aNewFeedIsPolledWithinTenSeconds() {
    scheduler.add(feed, null);
    assertThat(scheduler.takeDue()).isEmpty();
    clock.advance(Duration.ofSeconds(10));
    assertThat(scheduler.takeDue()).containsExactly(feed);
  }

  @Test
  void theIntervalIsTheLongestWaitAndJitterOnlyShortensIt() {
    scheduler.add(feed, null);
    clock.advance(Duration.ofSeconds(10));
    scheduler.takeDue();
    for (int i = 0; i < 50; i++) {
      FeedState polled = FeedState.initial(feed.url()).unchanged(clock.instant());
      scheduler.completed(feed, polled);
      Duration wait = scheduler.untilNext();
      assertThat(wait)
          .isLessThanOrEqualTo(Duration.ofMinutes(5))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(270));
      clock.advance(wait);
      assertThat(scheduler.takeDue()).containsExactly(feed);
    }
  }

  @Test
  void retryAfterAndErrorsPushTheNextPollOut() {
    scheduler.add(feed, null);
    clock.advance(Duration.ofSeconds(10));
    scheduler.takeDue();
    Instant notBefore = clock.instant().plus(Duration.ofHours(1));
    scheduler.completed(
        feed, FeedState.initial(feed.url()).failed(clock.instant(), "HTTP 429", notBefore));
    clock.advance(Duration.ofMinutes(59));
    assertThat(scheduler.takeDue()).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    assertThat(scheduler.takeDue()).containsExactly(feed);
  }

  @Test
  void aRemovedFeedIsNotRescheduled() {
    scheduler.add(feed, null);
    clock.advance(Duration.ofSeconds(10));
    scheduler.takeDue();
    scheduler.remove(feed.url());
    scheduler.completed(feed, FeedState.initial(feed.url()).unchanged(clock.instant()));
    clock.advance(Duration.ofHours(1));
    assertThat(scheduler.takeDue()).isEmpty();
  }

  @Test
  void aDisabledFeedIsNotPolledAgain() {
    scheduler.add(feed, null);
    clock.advance(Duration.ofSeconds(10));
    scheduler.takeDue();
    scheduler.completed(
        feed, FeedState.initial(feed.url()).disabled(clock.instant(), "HTTP 410 Gone"));
    clock.advance(Duration.ofDays(1));
    assertThat(scheduler.takeDue()).isEmpty();
    assertThat(scheduler.size()).isZero();
  }

  @Test
  void errorBackoffDoublesUpToACap() {
    assertThat(FeedPoller.backoff(feed, 1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(FeedPoller.backoff(feed, 3)).isEqualTo(Duration.ofMinutes(20));
    assertThat(FeedPoller.backoff(feed, 30)).isEqualTo(Duration.ofHours(6));
  }

  private FeedState readWithRhythm(Duration gap, Instant at) {
    List<Instant> dates =
        List.of(at, at.minus(gap), at.minus(gap.multipliedBy(2)), at.minus(gap.multipliedBy(3)));
    return FeedState.initial(feed.url())
        .succeeded(at, null, null, 1, Cadence.observe(dates, at, null, null), new byte[0]);
  }

  @Test
  void theAdaptiveIntervalPollsAFastFeedSoonerButNotBelowTheMinimum() {
    FeedScheduler sched = new FeedScheduler(clock, new Random(7), Duration.ofMinutes(1));
    FeedSpec hourly =
        new FeedSpec(
            "http://127.0.0.1/h", null, Duration.ofHours(1), Duration.ofDays(7), List.of());
    sched.add(hourly, null);
    clock.advance(Duration.ofSeconds(10));
    sched.takeDue();
    for (int i = 0; i < 20; i++) {
      sched.completed(hourly, readWithRhythm(Duration.ofMinutes(10), clock.instant()));
      Duration wait = sched.untilNext();
      assertThat(wait).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
      clock.advance(wait);
      sched.takeDue();

      sched.completed(hourly, readWithRhythm(Duration.ofSeconds(5), clock.instant()));
      assertThat(sched.untilNext())
          .as("jitter never goes below the minimum")
          .isEqualTo(Duration.ofMinutes(1));
      clock.advance(Duration.ofMinutes(1));
      sched.takeDue();
    }
  }

  @Test
  void aSlowFeedIsNeverPolledLaterThanItsInterval() {
    scheduler.add(feed, null);
    clock.advance(Duration.ofSeconds(10));
    scheduler.takeDue();
    scheduler.completed(feed, readWithRhythm(Duration.ofHours(6), clock.instant()));
    assertThat(scheduler.untilNext()).isBetween(Duration.ofSeconds(270), Duration.ofMinutes(5));
  }

  @Test
  void aDeferredFeedComesBackWhenAsked() {
    scheduler.add(feed, null);
    clock.advance(Duration.ofSeconds(10));
    assertThat(scheduler.takeDue()).containsExactly(feed);
    scheduler.defer(feed, clock.instant().plusSeconds(1));
    assertThat(scheduler.takeDue()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(scheduler.takeDue()).containsExactly(feed);
    assertThat(scheduler.size()).isEqualTo(1);
  }
}
