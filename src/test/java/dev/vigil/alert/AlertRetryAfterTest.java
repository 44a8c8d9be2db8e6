package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testing.MutableClock;
import dev.vigil.testing.ScriptedServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retry-After from 429/503, the maximum age and the attempt limit, on an injected clock. */
class AlertRetryAfterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final AlertSamples.ListOutbox outbox = new AlertSamples.ListOutbox();
  private ScriptedServer server;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private DeliveryFlow flow(RetryPolicy policy) {
    Map<String, AlertChannel> channels =
        Map.of(
            "ops",
            new WebhookChannel(
                "ops", server.url("/hook"), null, JsonMapper.createDefault(), clock));
    // A breaker that never opens here, so each attempt reaches the server.
    AlertDispatcher d =
        new AlertDispatcher(
            channels,
            new AlertSamples.MemoryLog(),
            new CircuitBreakers(1000, Duration.ofSeconds(1), clock),
            new AlertMetrics(metrics),
            clock);
    return new DeliveryFlow(d, policy, outbox, new AlertMetrics(metrics), clock, new Random(3));
  }

  private void first(DeliveryFlow flow) throws Exception {
    flow.first(AlertSamples.match("w1", List.of("ops"), clock.instant()), "ops");
  }

  @Test
  void retryAfterSecondsOn429SetsTheNextAttempt() throws Exception {
    server.respond(429, Map.of("Retry-After", "120"), new byte[0]);
    first(flow(RetryPolicy.DEFAULT));
    PendingDelivery p = outbox.retries.get(0);
    assertThat(p.notBefore()).isEqualTo(clock.instant().plusSeconds(120));
    assertThat(p.lastError()).contains("HTTP 429").contains("Retry-After 120 s");
    assertThat(outbox.events)
        .extracting(DeliveryEvent::state)
        .containsExactly(DeliveryEvent.RETRYING);
  }

  @Test
  void retryAfterDateOn503SetsTheNextAttempt() throws Exception {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.instant().plusSeconds(90).atOffset(ZoneOffset.UTC));
    server.respond(503, Map.of("Retry-After", date), new byte[0]);
    first(flow(RetryPolicy.DEFAULT));
    assertThat(outbox.retries.get(0).notBefore()).isEqualTo(clock.instant().plusSeconds(90));
  }

  @Test
  void aShorterRetryAfterDoesNotShortenTheBackoff() throws Exception {
    server.respond(429, Map.of("Retry-After", "1"), new byte[0]);
    first(flow(RetryPolicy.DEFAULT));
    assertThat(Duration.between(clock.instant(), outbox.retries.get(0).notBefore()))
        .isGreaterThan(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterOnOtherStatusesIsIgnored() throws Exception {
    server.respond(500, Map.of("Retry-After", "600"), new byte[0]);
    first(flow(RetryPolicy.DEFAULT));
    assertThat(Duration.between(clock.instant(), outbox.retries.get(0).notBefore()))
        .isLessThan(Duration.ofSeconds(6));
  }

  @Test
  void aRetryAfterBeyondTheMaximumAgeDeadLettersAtOnce() throws Exception {
    server.respond(
        503, Map.of("Retry-After", Long.toString(Duration.ofHours(25).toSeconds())), new byte[0]);
    first(flow(RetryPolicy.DEFAULT));
    assertThat(outbox.retries).isEmpty();
    assertThat(outbox.dead).hasSize(1);
    assertThat(metrics.counter("vigil.alerts.dead_lettered", "channel", "ops").count())
        .isEqualTo(1);
  }

  @Test
  void retriesStopAtTheMaximumAge() throws Exception {
    RetryPolicy policy =
        new RetryPolicy(Duration.ofMinutes(10), Duration.ofMinutes(40), 100, Duration.ofHours(2));
    DeliveryFlow flow = flow(policy);
    server.respond(500, Map.of(), new byte[0]);
    first(flow);
    Instant start = clock.instant();
    while (outbox.dead.isEmpty()) {
      PendingDelivery p = outbox.drainRetries().get(0);
      clock.advance(Duration.between(clock.instant(), p.notBefore()));
      assertThat(flow.retry(p)).isNull();
    }
    PendingDelivery dead = outbox.dead.get(0);
    assertThat(dead.since()).isEqualTo(start);
    assertThat(Duration.between(start, clock.instant())).isLessThanOrEqualTo(Duration.ofHours(2));
    assertThat(dead.attempt())
        .as("attempts in two hours at 10, 20, 40, 40... minutes")
        .isBetween(4, 6);
    assertThat(server.requests()).hasSize(dead.attempt());
    assertThat(outbox.events.get(outbox.events.size() - 1).state())
        .isEqualTo(DeliveryEvent.DEAD_LETTERED);
  }

  @Test
  void retriesStopAfterTheLastAttempt() throws Exception {
    DeliveryFlow flow =
        flow(
            new RetryPolicy(
                Duration.ofMillis(200), Duration.ofSeconds(2), 4, Duration.ofHours(24)));
    server.respond(500, Map.of(), new byte[0]);
    first(flow);
    while (outbox.dead.isEmpty()) {
      PendingDelivery p = outbox.drainRetries().get(0);
      clock.advance(Duration.ofSeconds(2));
      flow.retry(p);
    }
    assertThat(outbox.dead.get(0).attempt()).isEqualTo(4);
    assertThat(server.requests()).hasSize(4);
    assertThat(metrics.counter("vigil.alerts.retried", "channel", "ops").count()).isEqualTo(3);
  }
}
