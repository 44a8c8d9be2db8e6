package dev.vigil.kafka;

import dev.vigil.config.KafkaSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.json.JsonMapper;
import java.time.Clock;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;

/**
 * What every stage runs on: the cluster's clients, the one producer they share, JSON, meters, the
 * clock and the random source (both injected, so tests can move time and fix jitter).
 *
 * @param partitions partitions of the work topics, as {@code kafka.partitions} configures them
 */
public record StageRuntime(
    KafkaClients clients,
    Producer<String, byte[]> producer,
    JsonMapper json,
    MeterRegistry metrics,
    Clock clock,
    Random random,
    int partitions)
    implements AutoCloseable {

  /**
   * Connects to {@code bootstrap}, makes sure Vigil's topics exist and opens the shared producer.
   * The embedded broker has exactly one instance, so its consumers use static membership and claim
   * their partitions back at once after a restart.
   */
  public static StageRuntime connect(
      String bootstrap, KafkaSettings kafka, JsonMapper json, MeterRegistry metrics, Clock clock)
      throws Exception {
    KafkaClients clients = new KafkaClients(bootstrap, kafka.embedded() ? "vigil-embedded" : null);
    try (Admin admin = clients.admin()) {
      Topics.ensure(admin, kafka.partitions());
    }
    return new StageRuntime(
        clients, clients.producer("vigil"), json, metrics, clock, new Random(), kafka.partitions());
  }

  /** A store of the compacted {@code topic}, loaded whole, written through the shared producer. */
  public <V> CompactedStore<V> store(String topic, Class<V> type) {
    return new CompactedStore<>(topic, clients, producer, json, type).load();
  }

  /** Closes the shared producer, after the stages that write with it. */
  @Override
  public void close() {
    producer.close();
  }
}
