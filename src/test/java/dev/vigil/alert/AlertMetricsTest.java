package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Match;
import dev.vigil.testing.MutableClock;
import dev.vigil.testing.WebhookReceiver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Per-channel counters and the match-to-delivery histogram, on the retry path with an injected
 * clock.
 */
class AlertMetricsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AlertSamples.ListOutbox outbox = new AlertSamples.ListOutbox();

  private DeliveryFlow flow(MeterRegistry registry, WebhookReceiver ops, WebhookReceiver dead) {
    AlertMetrics metrics = new AlertMetrics(registry).register(List.of("ops", "dead", "quiet"));
    JsonMapper json = JsonMapper.createDefault();
    Map<String, AlertChannel> channels =
        Map.of(
            "ops", new WebhookChannel("ops", ops.url(), null, json, clock),
            "dead", new WebhookChannel("dead", dead.url(), null, json, clock));
    AlertDispatcher d =
        new AlertDispatcher(
            channels,
            new AlertSamples.MemoryLog(),
            new CircuitBreakers(100, Duration.ofMinutes(1), clock),
            metrics,
            clock);
    RetryPolicy policy =
        new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(4), 3, Duration.ofHours(1));
    return new DeliveryFlow(d, policy, outbox, metrics, clock, new Random(5));
  }

  private void run(MeterRegistry registry) throws Exception {
    try (WebhookReceiver ops = new WebhookReceiver();
        WebhookReceiver dead = new WebhookReceiver()) {
      AtomicInteger opsCalls = new AtomicInteger();
      ops.answer(() -> opsCalls.incrementAndGet() <= 2 ? 500 : 200);
      dead.answer(() -> 500);
      DeliveryFlow flow = flow(registry, ops, dead);
      Match m = AlertSamples.match("w1", List.of("ops", "dead"), clock.instant());
      flow.first(m, "ops");
      flow.first(m, "dead");
      while (!outbox.retries.isEmpty()) {
        clock.advance(Duration.ofSeconds(4));
        for (PendingDelivery p : outbox.drainRetries()) {
          flow.retry(p);
        }
      }
      flow.first(m, "ops"); // the same alert again: skipped as already delivered
    }
  }

  private static double count(MeterRegistry r, String name, String channel) {
    return r.get("vigil.alerts." + name).tag("channel", channel).counter().count();
  }

  @Test
  void countsEachOutcomePerChannel() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    run(registry);
    assertThat(count(registry, "sent", "ops")).isEqualTo(1);
    assertThat(count(registry, "failed", "ops")).isEqualTo(2);
    assertThat(count(registry, "retried", "ops")).isEqualTo(2);
    assertThat(count(registry, "dead_lettered", "ops")).isZero();
    assertThat(count(registry, "duplicates", "ops")).isEqualTo(1);

    assertThat(count(registry, "sent", "dead")).isZero();
    assertThat(count(registry, "failed", "dead")).isEqualTo(3);
    assertThat(count(registry, "retried", "dead")).isEqualTo(2);
    assertThat(count(registry, "dead_lettered", "dead")).isEqualTo(1);
    assertThat(outbox.dead).hasSize(1);

    assertThat(count(registry, "sent", "quiet")).as("registered at zero").isZero();
  }

  @Test
  void theDelayHistogramMeasuresMatchToDelivery() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    run(registry);
    Timer delay = registry.get("vigil.alerts.delay").tag("channel", "ops").timer();
    assertThat(delay.count()).isEqualTo(1);
    assertThat(delay.totalTime(TimeUnit.SECONDS))
        .as("two retry rounds of 4 s on the clock")
        .isEqualTo(8);
    assertThat(registry.get("vigil.alerts.delay").tag("channel", "dead").timer().count()).isZero();
  }

  /**
   * The buckets themselves: SimpleMeterRegistry keeps none, Prometheus (what /prometheus serves)
   * does.
   */
  @Test
  void prometheusGetsCountersAndHistogramBuckets() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    run(registry);
    String scrape = registry.scrape();
    assertThat(scrape)
        .contains("vigil_alerts_sent_total{channel=\"ops\"} 1.0")
        .contains("vigil_alerts_failed_total{channel=\"dead\"} 3.0")
        .contains("vigil_alerts_retried_total{channel=\"ops\"} 2.0")
        .contains("vigil_alerts_dead_lettered_total{channel=\"dead\"} 1.0")
        .contains("vigil_alerts_delay_seconds_bucket{channel=\"ops\",le=")
        .contains("vigil_alerts_delay_seconds_count{channel=\"ops\"} 1");
  }
}
