package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.config.FeedSpec;
import dev.vigil.http.Fetcher;
import dev.vigil.http.FetcherTest;
import dev.vigil.http.HostLimiter;
import dev.vigil.testing.MutableClock;
import dev.vigil.testing.ScriptedServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Per-host politeness with an injected clock: concurrency, minimum delay, and the runner putting
 * feeds back.
 */
class HostLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
  private final HostLimiter limiter = new HostLimiter(2, Duration.ofSeconds(1), clock);

  @Test
  void keepsTheMinimumDelayBetweenStartsToOneHost() {
    assertThat(limiter.tryAcquire("a.example").granted()).isTrue();
    HostLimiter.Ticket refused = limiter.tryAcquire("a.example");
    assertThat(refused.granted()).isFalse();
    assertThat(refused.retryAt()).isEqualTo(clock.instant().plusSeconds(1));
    assertThat(limiter.tryAcquire("b.example").granted())
        .as("other hosts are independent")
        .isTrue();
    clock.advance(Duration.ofMillis(999));
    assertThat(limiter.tryAcquire("a.example").granted()).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(limiter.tryAcquire("a.example").granted()).isTrue();
  }

  @Test
  void allowsAtMostTwoRequestsInFlightPerHost() {
    limiter.tryAcquire("a.example");
    clock.advance(Duration.ofSeconds(5));
    limiter.tryAcquire("a.example");
    clock.advance(Duration.ofSeconds(5));
    assertThat(limiter.active("a.example")).isEqualTo(2);
    HostLimiter.Ticket third = limiter.tryAcquire("a.example");
    assertThat(third.granted()).isFalse();
    assertThat(third.retryAt()).isEqualTo(clock.instant().plusSeconds(1));
    limiter.release("a.example");
    assertThat(limiter.tryAcquire("a.example").granted()).isTrue();
    assertThat(HostLimiter.hostOf("https://Feeds.Example.ORG:8443/x.rss"))
        .isEqualTo("feeds.example.org");
  }

  @Test
  void theRunnerPutsAFeedBackUntilItsHostIsFree() throws Exception {
    Map<String, FeedState> states = new ConcurrentHashMap<>();
    FeedStateStore store =
        new FeedStateStore() {
          @Override
          public Optional<FeedState> get(String url) {
            return Optional.ofNullable(states.get(url));
          }

          @Override
          public void put(FeedState state) {
            states.put(state.url(), state);
          }
        };
    FeedScheduler scheduler = new FeedScheduler(clock, new Random(1));
    try (ScriptedServer server = new ScriptedServer();
        FeedRunner runner =
            new FeedRunner(
                scheduler,
                new FeedPoller(new Fetcher(FetcherTest.settings()), new FeedParser(), clock),
                articles -> {},
                store,
                new SimpleMeterRegistry(),
                clock,
                1,
                limiter)) {
      server.respond(500, Map.of(), new byte[0]);
      FeedSpec a =
          new FeedSpec(
              server.url("/a"), null, Duration.ofMinutes(5), Duration.ofDays(1), List.of());
      FeedSpec b =
          new FeedSpec(
              server.url("/b"), null, Duration.ofMinutes(5), Duration.ofDays(1), List.of());
      runner.assign(List.of(a, b));
      clock.advance(Duration.ofSeconds(10));
      List<FeedSpec> due = scheduler.takeDue();
      assertThat(due).hasSize(2);
      due.forEach(runner::pollPolitely);
      assertThat(server.paths()).as("the second feed of the host waits").hasSize(1);
      assertThat(scheduler.untilNext()).isEqualTo(Duration.ofSeconds(1));
      clock.advance(Duration.ofSeconds(1));
      scheduler.takeDue().forEach(runner::pollPolitely);
      assertThat(server.paths()).containsExactlyInAnyOrder("/a", "/b");
      assertThat(limiter.active("127.0.0.1")).isZero();
    }
  }
}
