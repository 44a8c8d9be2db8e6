package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.article.Match;
import dev.vigil.kafka.ConsumerLoop;
import dev.vigil.kafka.EmbeddedKafka;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import dev.vigil.testing.LocalKafka;
import io.micronaut.json.JsonMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries wait in lanes by how long they wait, so a long backoff does not hold up a short one. */
class RetryLanesTest {
  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");

  @TempDir Path dir;

  @Test
  void waitsAreSortedIntoLanes() {
    assertThat(RetryLanes.lane(null, NOW, 6)).isZero();
    assertThat(RetryLanes.lane(NOW.plusSeconds(5), NOW, 6)).isZero();
    assertThat(RetryLanes.lane(NOW.plusSeconds(16), NOW, 6)).isEqualTo(1);
    assertThat(RetryLanes.lane(NOW.plusSeconds(180), NOW, 6)).isEqualTo(2);
    assertThat(RetryLanes.lane(NOW.plus(Duration.ofMinutes(10)), NOW, 6)).isEqualTo(3);
    assertThat(RetryLanes.lane(NOW.plus(Duration.ofMinutes(30)), NOW, 6)).isEqualTo(4);
    assertThat(RetryLanes.lane(NOW.plus(Duration.ofHours(5)), NOW, 6)).isEqualTo(5);
    assertThat(RetryLanes.lane(NOW.plus(Duration.ofHours(5)), NOW, 1))
        .as("a one-partition topic")
        .isZero();
  }

  @Test
  void aRetryDueSoonIsNotHeldBehindOneDueLater() throws Exception {
    JsonMapper json = JsonMapper.createDefault();
    try (LocalKafka kafka = LocalKafka.start(dir, 1);
        KafkaProducer<String, byte[]> producer = kafka.clients().producer("test")) {
      Instant now = Instant.now();
      KafkaAlertOutbox outbox = new KafkaAlertOutbox(producer, json, Clock.systemUTC());
      Match late = AlertSamples.match("late", List.of("ops"), now);
      Match soon = AlertSamples.match("soon", List.of("ops"), now);
      outbox.retry(
          new PendingDelivery(late, "ops", 8, now.plus(Duration.ofMinutes(20)), "HTTP 500", now));
      outbox.retry(new PendingDelivery(soon, "ops", 1, now.plusSeconds(1), "HTTP 500", now));
      List<String> handled = new CopyOnWriteArrayList<>();
      try (ConsumerLoop<PendingDelivery> loop =
          new ConsumerLoop<>(
                  kafka.clients(),
                  Topics.RETRY,
                  "lanes-test",
                  json,
                  PendingDelivery.class,
                  (k, p) -> {
                    Instant t = Instant.now();
                    if (t.isBefore(p.notBefore())) {
                      return Duration.between(t, p.notBefore());
                    }
                    handled.add(p.match().article().guid());
                    return null;
                  })
              .start()) {
        await().atMost(Duration.ofSeconds(30)).until(() -> handled.contains("soon"));
        assertThat(handled).containsExactly("soon");
      }
    }
  }

  @Test
  void aRetryTopicOfAnOlderVersionGetsItsLanes() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("old"), 0);
        Admin admin = new KafkaClients(kafka.bootstrapServers()).admin()) {
      admin
          .createTopics(List.of(new NewTopic(Topics.RETRY, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
      Topics.ensure(admin, 1);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  admin
                          .describeTopics(List.of(Topics.RETRY))
                          .allTopicNames()
                          .get(30, TimeUnit.SECONDS)
                          .get(Topics.RETRY)
                          .partitions()
                          .size()
                      == Topics.RETRY_LANES);
    }
  }
}
