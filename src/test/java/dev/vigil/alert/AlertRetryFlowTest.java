package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Match;
import dev.vigil.testing.MutableClock;
import dev.vigil.testing.WebhookReceiver;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retry path without Kafka: a real local receiver, an injected clock, an in-memory outbox. */
class AlertRetryFlowTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final AlertSamples.ListOutbox outbox = new AlertSamples.ListOutbox();
  private final AlertSamples.MemoryLog log = new AlertSamples.MemoryLog();
  private final AtomicInteger calls = new AtomicInteger();
  private WebhookReceiver hook;

  @BeforeEach
  void start() throws Exception {
    hook = new WebhookReceiver();
  }

  @AfterEach
  void stop() {
    hook.close();
  }

  private DeliveryFlow flow(RetryPolicy policy) {
    Map<String, AlertChannel> channels =
        Map.of(
            "ops", new WebhookChannel("ops", hook.url(), null, JsonMapper.createDefault(), clock));
    AlertDispatcher d =
        new AlertDispatcher(
            channels,
            log,
            new CircuitBreakers(3, Duration.ofMinutes(1), clock),
            new AlertMetrics(metrics),
            clock);
    return new DeliveryFlow(d, policy, outbox, new AlertMetrics(metrics), clock, new Random(7));
  }

  private void answer(int status) {
    hook.answer(
        () -> {
          calls.incrementAndGet();
          return status;
        });
  }

  private double count(String name) {
    return metrics.counter(name, "channel", "ops").count();
  }

  @Test
  void deadEndpointIsCalledOnlyUntilItsBreakerOpens() throws Exception {
    DeliveryFlow flow = flow(RetryPolicy.DEFAULT);
    answer(500);
    for (int i = 0; i < 10; i++) {
      flow.first(AlertSamples.match("w" + i, List.of("ops"), clock.instant()), "ops");
    }
    assertThat(calls).as("three failures open the breaker").hasValue(3);
    assertThat(outbox.retries).hasSize(10).allSatisfy(p -> assertThat(p.attempt()).isEqualTo(1));
    assertThat(outbox.retries.subList(3, 10))
        .as("refused calls are due when a probe may pass")
        .allSatisfy(
            p -> assertThat(p.notBefore()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1))));
    assertThat(count("vigil.alerts.failed")).isEqualTo(10);
    assertThat(count("vigil.alerts.short_circuited")).isEqualTo(7);

    clock.advance(Duration.ofMinutes(1));
    answer(200);
    for (PendingDelivery p : outbox.drainRetries()) {
      assertThat(flow.retry(p)).isNull();
    }
    assertThat(hook.received()).hasSize(10);
    assertThat(hook.received().stream().map(r -> r.headers().get("webhook-id")).distinct())
        .hasSize(10);
    assertThat(outbox.retries).isEmpty();
    assertThat(count("vigil.alerts.sent")).isEqualTo(10);
    assertThat(count("vigil.alerts.retried")).isEqualTo(10);
  }

  @Test
  void aRetryIsNotMadeBeforeItIsDue() throws Exception {
    DeliveryFlow flow = flow(RetryPolicy.DEFAULT);
    answer(500);
    Match m = AlertSamples.match("w1", List.of("ops"), clock.instant());
    flow.first(m, "ops");
    PendingDelivery p = outbox.drainRetries().get(0);
    Duration wait = Duration.between(clock.instant(), p.notBefore());
    assertThat(wait).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(5));
    assertThat(flow.retry(p)).isEqualTo(wait);
    assertThat(calls).hasValue(1);
    clock.advance(wait);
    answer(200);
    assertThat(flow.retry(p)).isNull();
    assertThat(hook.received()).hasSize(1);
  }

  @Test
  void aRefusalByTheBreakerKeepsTheEndpointsOwnError() throws Exception {
    DeliveryFlow flow = flow(RetryPolicy.DEFAULT);
    answer(500);
    for (int i = 0; i < 4; i++) {
      flow.first(AlertSamples.match("w" + i, List.of("ops"), clock.instant()), "ops");
    }
    List<PendingDelivery> queued = outbox.drainRetries();
    assertThat(queued.get(0).lastError()).endsWith("answered HTTP 500");
    assertThat(queued.get(3).lastError())
        .as("never reached the endpoint")
        .startsWith("circuit breaker open for");

    clock.advance(
        Duration.ofSeconds(6)); // the first retries are due; the breaker is open for a minute
    assertThat(flow.retry(queued.get(0))).isNull();
    assertThat(calls).hasValue(3);
    PendingDelivery again = outbox.drainRetries().get(0);
    assertThat(again.attempt()).isEqualTo(2);
    assertThat(again.lastError())
        .endsWith("answered HTTP 500; then refused by the open circuit breaker");
    assertThat(outbox.events.get(outbox.events.size() - 1).error()).isEqualTo(again.lastError());
  }
}
