package dev.vigil.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Client settings in one place: durable producers (acks=all, idempotent), consumers that commit by
 * hand.
 */
public final class KafkaClients {
  private final String bootstrap;
  private final String instanceId;

  /** Clients with dynamic group membership (tools, and instances that share a cluster). */
  public KafkaClients(String bootstrap) {
    this(bootstrap, null);
  }

  /**
   * @param instanceId a stable name for this instance, or null. When set, group consumers use
   *     static membership: a restarted instance takes its partitions back at once instead of
   *     waiting for the group to notice the old member died.
   */
  public KafkaClients(String bootstrap, String instanceId) {
    this.bootstrap = bootstrap;
    this.instanceId = instanceId;
  }

  public String bootstrap() {
    return bootstrap;
  }

  public Admin admin() {
    return Admin.create(Map.of("bootstrap.servers", bootstrap));
  }

  public KafkaProducer<String, byte[]> producer(String clientId) {
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  /** A consumer in {@code groupId}, or an unmanaged one (for reading a whole topic) when null. */
  public KafkaConsumer<String, byte[]> consumer(String groupId, String clientId) {
    return consumer(groupId, clientId, Map.of());
  }

  /**
   * Consumer number {@code member} of several that one process runs in {@code groupId}: a static
   * membership (the embedded default) must differ between them, or the broker fences all but one.
   */
  public KafkaConsumer<String, byte[]> consumer(String groupId, String clientId, int member) {
    return consumer(
        groupId,
        clientId,
        instanceId == null || member == 0
            ? Map.of()
            : Map.of(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId + "-" + member));
  }

  /** A consumer with extra settings on top of the defaults. */
  public KafkaConsumer<String, byte[]> consumer(
      String groupId, String clientId, Map<String, Object> extra) {
    Map<String, Object> p = new HashMap<>();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
    if (groupId != null) {
      p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
      // A dead instance's partitions move on after this long.
      p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 15_000);
      p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
      if (instanceId != null) {
        p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
      }
    }
    p.putAll(extra);
    return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
