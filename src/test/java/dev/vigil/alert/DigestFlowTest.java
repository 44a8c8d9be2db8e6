package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Match;
import dev.vigil.config.ChannelPacing;
import dev.vigil.digest.DigestSchedule;
import dev.vigil.digest.QuietHours;
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

/**
 * Pacing and digests without Kafka: a real local receiver, an injected clock, an in-memory outbox.
 */
class DigestFlowTest {
  private static final String SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM=";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:10:00Z"));
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final AlertSamples.ListOutbox outbox = new AlertSamples.ListOutbox();
  private final AlertSamples.MemoryLog log = new AlertSamples.MemoryLog();
  private final JsonMapper json = JsonMapper.createDefault();
  private final AtomicInteger calls = new AtomicInteger();
  private WebhookReceiver hook;
  private AlertDispatcher dispatcher;

  @BeforeEach
  void start() throws Exception {
    hook = new WebhookReceiver();
    hook.answer(
        () -> {
          calls.incrementAndGet();
          return 200;
        });
    dispatcher =
        new AlertDispatcher(
            Map.of("desk", new WebhookChannel("desk", hook.url(), SECRET, json, clock)),
            log,
            new CircuitBreakers(3, Duration.ofMinutes(1), clock),
            new AlertMetrics(metrics),
            clock);
  }

  @AfterEach
  void stop() {
    hook.close();
  }

  private DeliveryFlow flow(ChannelPacing pacing) {
    return new DeliveryFlow(parts(RetryPolicy.DEFAULT), Map.of("desk", pacing.gate()));
  }

  private DigestFlow digests(RetryPolicy policy) {
    return new DigestFlow(parts(policy));
  }

  private DeliveryFlow.Parts parts(RetryPolicy policy) {
    return new DeliveryFlow.Parts(
        dispatcher, policy, outbox, new AlertMetrics(metrics), clock, new Random(3));
  }

  private Match match(String guid) {
    return AlertSamples.match(guid, List.of("desk"), clock.instant());
  }

  @Test
  void overTheRateLimitAlertsRollIntoTheNextDigestInsteadOfBeingDropped() throws Exception {
    DeliveryFlow flow = flow(new ChannelPacing(null, null, 2, Duration.ofHours(1)));
    for (int i = 1; i <= 5; i++) {
      flow.first(match("r" + i), "desk");
    }
    assertThat(hook.received()).as("two go out at once").hasSize(2);
    assertThat(outbox.digests.size()).isEqualTo(3);
    assertThat(metrics.counter("vigil.alerts.deferred", "channel", "desk").count()).isEqualTo(3);
    assertThat(outbox.events)
        .filteredOn(e -> e.state().equals(DeliveryEvent.DEFERRED))
        .hasSize(3)
        .allSatisfy(
            e -> assertThat(e.nextAttempt()).isEqualTo(Instant.parse("2026-11-24T13:00:00Z")));

    DigestFlow digests = digests(RetryPolicy.DEFAULT);
    clock.advance(Duration.ofMinutes(49));
    digests.tick(outbox.digests);
    assertThat(hook.received()).as("not due before 13:00").hasSize(2);
    clock.advance(Duration.ofMinutes(1));
    digests.tick(outbox.digests);
    digests.tick(outbox.digests);
    assertThat(hook.received()).as("one digest, once").hasSize(3);
    WebhookReceiver.Received d = hook.received().get(2);
    assertThat(d.body())
        .contains("\"type\":\"vigil.digest\"")
        .contains("\"size\":3")
        .contains("r3")
        .contains("r5")
        .doesNotContain("\"guid\":\"r1\"");
    assertThat(d.headers().get("webhook-id")).startsWith("digest-");
    assertThat(new StandardWebhooksVerifier(SECRET).verify(d.headers(), d.body(), clock.instant()))
        .isTrue();
    assertThat(outbox.digests.size()).isZero();
    assertThat(log.keys).hasSize(5);
    assertThat(metrics.counter("vigil.alerts.sent", "channel", "desk").count()).isEqualTo(5);
  }

  @Test
  void quietHoursHoldAlertsUntilTheyEndAndCopiesCountAsOtherSources() throws Exception {
    clock.advance(Duration.ofHours(10)); // 22:10 UTC
    DeliveryFlow flow = flow(new ChannelPacing(null, QuietHours.parse("22:00-07:00"), 0, null));
    Match first = match("q1");
    flow.first(first, "desk");
    Match copy =
        new Match(
            first.schema(),
            first.alertId(),
            first.ruleId(),
            first.channels(),
            first.terms(),
            first.article(),
            clock.instant().plusSeconds(60),
            new Match.Story(first.story().id(), 3, false, false),
            first.snippet(),
            first.highlights(),
            first.entities());
    flow.first(copy, "desk");
    assertThat(hook.received()).isEmpty();
    assertThat(outbox.digests.size()).as("copies of one story are one alert").isEqualTo(1);

    DigestFlow digests = digests(RetryPolicy.DEFAULT);
    clock.advance(Duration.ofHours(8).plusMinutes(49)); // 06:59
    digests.tick(outbox.digests);
    assertThat(hook.received()).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    digests.tick(outbox.digests);
    assertThat(hook.received()).hasSize(1);
    assertThat(hook.received().get(0).body()).contains("\"alsoReportedBy\":2");
    flow.first(copy, "desk");
    assertThat(hook.received()).as("a copy after the digest is not sent again").hasSize(1);
  }

  @Test
  void aFailingDigestIsRetriedWholeThenDeadLettered() throws Exception {
    DeliveryFlow flow = flow(new ChannelPacing(DigestSchedule.parse("hourly"), null, 0, null));
    flow.first(match("f1"), "desk");
    flow.first(match("f2"), "desk");
    hook.answer(
        () -> {
          calls.incrementAndGet();
          return 503;
        });
    RetryPolicy policy =
        new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 3, Duration.ofHours(24));
    DigestFlow digests = digests(policy);
    clock.advance(Duration.ofMinutes(50));
    digests.tick(outbox.digests);
    assertThat(calls).hasValue(1);
    digests.tick(outbox.digests);
    assertThat(calls).as("backing off").hasValue(1);
    clock.advance(Duration.ofMinutes(1));
    digests.tick(outbox.digests);
    assertThat(calls).hasValue(2);
    clock.advance(Duration.ofMinutes(2));
    digests.tick(outbox.digests);
    assertThat(calls).hasValue(3);
    assertThat(outbox.dead)
        .as("attempts used up: each alert dead-lettered for replay")
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.attempt()).isEqualTo(3));
    assertThat(outbox.digests.size()).isZero();
    assertThat(hook.received()).isEmpty();
  }
}
