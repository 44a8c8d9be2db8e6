package dev.vigil.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testing.LocalKafka;
import io.micronaut.json.JsonMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes awaited once per batch rather than once per record: {@link CompactedStore#write} and
 * {@link CompactedStore#flush}, and the barrier a {@link ConsumerLoop} passes before committing.
 */
class BatchedWritesTest {
  @TempDir static Path dir;

  static LocalKafka kafka;
  static KafkaClients clients;
  static KafkaProducer<String, byte[]> producer;
  final JsonMapper json = JsonMapper.createDefault();

  @BeforeAll
  static void broker() throws Exception {
    kafka = LocalKafka.start(dir, 1);
    clients = kafka.clients();
    try (Admin admin = clients.admin()) {
      admin
          .createTopics(List.of(new NewTopic("work", 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    producer = clients.producer("test");
  }

  @AfterAll
  static void stop() {
    producer.close();
    kafka.close();
  }

  @Test
  void writeIsSeenAtOnceAndDurableAfterFlush() throws Exception {
    try (CompactedStore<String> store = store().load()) {
      store.write("a/ops", "2026-01-01T00:00:00Z");
      assertThat(store.contains("a/ops")).isTrue();
      store.flush();
    }
    try (CompactedStore<String> reread = store().load()) {
      assertThat(reread.get("a/ops")).contains("2026-01-01T00:00:00Z");
    }
  }

  @Test
  void failedBarrierRepeatsTheBatchAndCommitsNothingUntilItPasses() throws Exception {
    for (String v : List.of("one", "two", "three")) {
      producer.send(new ProducerRecord<>("work", v, json.writeValueAsBytes(v))).get();
    }
    List<String> handled = new CopyOnWriteArrayList<>();
    AtomicInteger barriers = new AtomicInteger();
    try (ConsumerLoop<String> loop =
        new ConsumerLoop<>(
                clients,
                "work",
                "barrier-test",
                json,
                String.class,
                (k, v) -> {
                  handled.add(v);
                  return null;
                },
                () -> {
                  if (barriers.incrementAndGet() == 1) {
                    throw new IllegalStateException("broker did not acknowledge");
                  }
                })
            .start()) {
      await().atMost(Duration.ofSeconds(30)).until(() -> committed("barrier-test") == 3);
    }
    assertThat(handled)
        .as("handled, the barrier failed, handled again")
        .containsExactly("one", "two", "three", "one", "two", "three");
  }

  @Test
  void aFailedTransactionalBatchIsAbortedRepeatedAndItsPartitionsTakenAgain() throws Exception {
    try (Admin admin = clients.admin()) {
      admin
          .createTopics(
              List.of(new NewTopic("tx-in", 1, (short) 1), new NewTopic("tx-out", 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    for (String v : List.of("one", "two", "three")) {
      producer.send(new ProducerRecord<>("tx-in", v, json.writeValueAsBytes(v))).get();
    }
    List<List<Integer>> taken = new CopyOnWriteArrayList<>();
    AtomicInteger twos = new AtomicInteger();
    try (KafkaProducer<String, byte[]> tx = clients.transactionalProducer("tx-test");
        ConsumerLoop<String> loop =
            new ConsumerLoop<>(
                    clients,
                    "tx-in",
                    "tx-test",
                    json,
                    String.class,
                    (k, v) -> {
                      tx.send(new ProducerRecord<>("tx-out", v, json.writeValueAsBytes(v)));
                      if (v.equals("two") && twos.incrementAndGet() == 1) {
                        throw new IllegalStateException("the first attempt at two fails");
                      }
                      return null;
                    })
                .transactional(tx)
                .onPartitions(p -> taken.add(List.copyOf(p)))
                .start()) {
      await().atMost(Duration.ofSeconds(30)).until(() -> committed("tx-test") == 3);
    }
    assertThat(read("tx-out", "read_committed"))
        .as("committed once each")
        .containsExactly("one", "two", "three");
    assertThat(taken)
        .as("assigned, then taken again after the abort")
        .containsExactly(List.of(0), List.of(0));
  }

  private List<String> read(String topic, String isolation) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (var c =
        clients.consumer(
            null,
            "tx-check-" + isolation,
            java.util.Map.of(
                org.apache.kafka.clients.consumer.ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                isolation))) {
      var tp = new org.apache.kafka.common.TopicPartition(topic, 0);
      c.assign(List.of(tp));
      c.seekToBeginning(List.of(tp));
      long end = c.endOffsets(List.of(tp)).get(tp);
      while (c.position(tp) < end) {
        for (var r : c.poll(Duration.ofMillis(200)))
          out.add(json.readValue(r.value(), String.class));
      }
    }
    return out;
  }

  private CompactedStore<String> store() {
    return new CompactedStore<>(Topics.DELIVERIES, clients, producer, json, String.class);
  }

  private static long committed(String group) throws Exception {
    try (Admin admin = clients.admin()) {
      var offsets =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(30, TimeUnit.SECONDS);
      return offsets.values().stream().filter(o -> o != null).mapToLong(o -> o.offset()).sum();
    }
  }
}
