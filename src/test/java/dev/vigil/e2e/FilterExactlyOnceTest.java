package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.article.Article;
import dev.vigil.feed.KafkaArticleSink;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import dev.vigil.testing.DaemonProcess;
import dev.vigil.testing.LocalKafka;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filter stage's batches are Kafka transactions: a daemon killed with SIGKILL in the middle of
 * a backlog leaves records of its unfinished batches on the topics, aborted, and after a restart
 * every article's matches are on {@code vigil.matches} exactly once for a reader of committed
 * records, which every Vigil reader is.
 */
class FilterExactlyOnceTest {
  private static final int ARTICLES = 3_000;

  @TempDir Path dir;

  @Test
  void aKilledFilterStageWritesEachArticlesMatchesOnce() throws Exception {
    try (LocalKafka kafka = LocalKafka.start(dir, 3)) {
      publish(kafka.clients());
      Path config = dir.resolve("vigil.yml");
      Files.writeString(
          config,
          """
          fulltext: { mode: never }
          http: { port: -1 }
          kafka: { bootstrap.servers: "%s" }
          rules: [ { id: wagner, query: 'Wagner', channels: [console] } ]
          channels: [ { id: console, type: log } ]
          """
              .formatted(kafka.bootstrapServers()));
      Path log = Path.of("target/exactly-once-daemon.log");
      Process first = DaemonProcess.start(config, dir.resolve("data"), log);
      try {
        // Killed once part of the backlog is written, while the stage is busy with the rest.
        await()
            .atMost(Duration.ofSeconds(90))
            .until(() -> read(kafka, "read_uncommitted").size() >= ARTICLES / 4);
      } finally {
        first.destroyForcibly().waitFor();
      }
      Process second = DaemonProcess.start(config, dir.resolve("data"), log);
      try {
        await()
            .atMost(Duration.ofSeconds(120))
            .until(() -> read(kafka, "read_committed").size() >= ARTICLES);
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
      } finally {
        second.destroy();
        second.waitFor();
      }
      List<String> committed = read(kafka, "read_committed");
      Map<String, Integer> perArticle = new HashMap<>();
      committed.forEach(k -> perArticle.merge(k, 1, Integer::sum));
      assertThat(perArticle).hasSize(ARTICLES);
      assertThat(Set.copyOf(perArticle.values()))
          .as("match records per article, as committed")
          .containsOnly(1);
      int written = read(kafka, "read_uncommitted").size();
      System.out.printf(
          "exactly-once test: %d articles, %d match records written, %d of them aborted%n",
          ARTICLES, written, written - committed.size());
      assertThat(written)
          .as("records of the batches cut short by the kill, written and aborted")
          .isGreaterThan(committed.size());
    }
  }

  private static void publish(KafkaClients clients) throws Exception {
    JsonMapper json = JsonMapper.createDefault();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      Instant t = Instant.parse("2026-12-08T00:00:00Z").plusSeconds(i);
      articles.add(
          new Article(
              Article.SCHEMA,
              "a" + i,
              "https://wire.example/rss",
              "Wire",
              "g" + i,
              "https://wire.example/" + i,
              "Wagner report " + i,
              "",
              "Report number "
                  + i
                  + " on PMC Wagner movements near checkpoint "
                  + (i * 7919 % 1000),
              List.of(),
              List.of(),
              t,
              t,
              false));
    }
    try (KafkaProducer<String, byte[]> producer = clients.producer("test")) {
      new KafkaArticleSink(producer, json, Topics.ARTICLES).publish(articles);
    }
  }

  /** The keys (article ids) of the records on {@code vigil.matches}, read at {@code isolation}. */
  private static List<String> read(LocalKafka kafka, String isolation) throws Exception {
    List<String> keys = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> c =
        kafka
            .clients()
            .consumer(
                null,
                "exactly-once-check",
                Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation))) {
      List<TopicPartition> parts =
          c.partitionsFor(Topics.MATCHES).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (parts.stream().anyMatch(p -> c.position(p) < end.get(p))
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) keys.add(r.key());
      }
    }
    return keys;
  }
}
