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
    return new KafkaProducer<>(
        producerConfig(clientId), new StringSerializer(), new ByteArraySerializer());
  }

  private Map<String, Object> producerConfig(String clientId) {
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // Batches of up to 256 KB: the filter stage writes records of 10 to 100 KB, and each batch
    // costs a compression buffer and a broker request, so small batches cost more than the data.
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    return p;
  }

  /**
   * A producer whose writes go in transactions ({@link ConsumerLoop#transactional}). {@code name}
   * must be unique among the loops of an instance; the transactional id adds this instance's name,
   * or a random one without it. An unfinished transaction of a crashed instance holds its
   * partitions' readers back until the coordinator aborts it, after 15 s.
   */
  public KafkaProducer<String, byte[]> transactionalProducer(String name) {
    Map<String, Object> p = producerConfig(name);
    String instance = instanceId != null ? instanceId : java.util.UUID.randomUUID().toString();
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, instance + "-" + name);
    p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 15_000);
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
    // Records of an unfinished or aborted transaction are never seen (the same as the default for
    // topics written without transactions).
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
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
