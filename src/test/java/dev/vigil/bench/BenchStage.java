package dev.vigil.bench;

import dev.vigil.alert.AlertStage;
import dev.vigil.article.Match;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.kafka.EmbeddedKafka;
import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.StageRuntime;
import dev.vigil.kafka.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The daemon's alert stage on an embedded broker of its own, in a temporary directory: the topics,
 * the daemon's producer, and {@link AlertStage} with one channel.
 */
final class BenchStage implements AutoCloseable {
  final Path dir;
  final JsonMapper json = JsonMapper.createDefault();
  final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final EmbeddedKafka kafka;
  private final KafkaClients clients;
  private final Admin admin;
  private final KafkaProducer<String, byte[]> producer;
  private final JsonSerde<Match> matches = new JsonSerde<>(json, Match.class);
  private AlertStage stage;

  BenchStage() throws Exception {
    dir = Files.createTempDirectory("vigil-alert-bench");
    kafka = EmbeddedKafka.start(dir, 0);
    clients = new KafkaClients(kafka.bootstrapServers(), "vigil-embedded");
    admin = clients.admin();
    Topics.ensure(admin, ConfigLoader.defaults().kafka().partitions());
    producer = clients.producer("vigil");
  }

  /** A config with one webhook channel, read by the daemon's own loader. */
  static VigilConfig webhook(String id, String url) {
    String yaml =
        "channels:\n  - id: "
            + id
            + "\n    type: webhook\n    url: "
            + url
            + "\n    secret: ${SECRET}\n";
    return new ConfigLoader(Map.of("SECRET", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")::get)
        .parse(yaml, Path.of("(bench)"));
  }

  /** The daemon's alert stage, built by the same factory the daemon calls. */
  void startAlerts(VigilConfig config, Clock clock) {
    StageRuntime rt =
        new StageRuntime(
            clients,
            producer,
            json,
            metrics,
            clock,
            new Random(),
            ConfigLoader.defaults().kafka().partitions());
    stage = new AlertStage(config.alerts(), config.channels(), config.smtp(), rt);
    stage.start();
  }

  /** Sends a match as the filter stage does, without waiting for the broker. */
  void produce(Match m) {
    producer.send(
        new ProducerRecord<>(Topics.MATCHES, m.alertId(), matches.serialize(Topics.MATCHES, m)));
  }

  void flush() {
    producer.flush();
  }

  /** Records in all partitions of {@code topic}. */
  long endOffsets(String topic) throws Exception {
    return admin
        .listOffsets(
            partitions(topic).stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
        .all()
        .get(30, TimeUnit.SECONDS)
        .values()
        .stream()
        .mapToLong(r -> r.offset())
        .sum();
  }

  /** What {@code group} has committed on {@code topic}, summed over partitions. */
  long committed(String group, String topic) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> m =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(30, TimeUnit.SECONDS);
    return m.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset())
        .sum();
  }

  /** Bytes of {@code topic}'s log segments on disk (the preallocated indexes left out). */
  long bytesOnDisk(String topic) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(
              p -> p.getParent().getFileName().toString().matches(Pattern.quote(topic) + "-\\d+"))
          .filter(p -> p.toString().endsWith(".log"))
          .mapToLong(p -> p.toFile().length())
          .sum();
    }
  }

  double count(String meter, String channel) {
    return metrics.counter("vigil.alerts." + meter, "channel", channel).count();
  }

  private List<TopicPartition> partitions(String topic) throws Exception {
    return admin
        .describeTopics(List.of(topic))
        .allTopicNames()
        .get(30, TimeUnit.SECONDS)
        .get(topic)
        .partitions()
        .stream()
        .map(p -> new TopicPartition(topic, p.partition()))
        .toList();
  }

  @Override
  public void close() throws Exception {
    if (stage != null) {
      stage.close();
    }
    producer.close();
    admin.close();
    kafka.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
