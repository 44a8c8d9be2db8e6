package dev.vigil.kafka;

import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A key-value table kept in a compacted topic: read whole at start-up, written through on every
 * change. The topic is the truth, so the state survives restarts and can be shared by instances.
 */
public final class CompactedStore<V> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CompactedStore.class);

  private final String topic;
  private final Producer<String, byte[]> producer;
  private final JsonSerde<V> serde;
  private final Map<String, V> table = new ConcurrentHashMap<>();
  private final KafkaConsumer<String, byte[]> reader;

  /** Per thread: the loop that writes is the one whose commit must wait for those writes. */
  private final PendingWrites unflushed = new PendingWrites();

  private List<TopicPartition> parts;

  public CompactedStore(
      String topic,
      KafkaClients clients,
      Producer<String, byte[]> producer,
      JsonMapper json,
      Class<V> type) {
    this.topic = topic;
    this.producer = producer;
    this.serde = new JsonSerde<>(json, type);
    this.reader = clients.consumer(null, "vigil-state-" + topic);
  }

  /** Reads the topic from the beginning up to its current end. */
  public synchronized CompactedStore<V> load() {
    parts =
        reader.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    reader.assign(parts);
    reader.seekToBeginning(parts);
    catchUp();
    LOG.atInfo()
        .addKeyValue("topic", topic)
        .addKeyValue("entries", table.size())
        .log("state loaded");
    return this;
  }

  /**
   * Applies what other instances wrote since the last read, up to the topic's current end. Called
   * when this instance takes over work, so it continues from the latest state. A store never loaded
   * is loaded now: a stage that needs the state only now and then reads it on first use.
   */
  public synchronized void catchUp() {
    if (parts == null) {
      load();
      return;
    }
    Map<TopicPartition, Long> end = reader.endOffsets(parts, Duration.ofSeconds(30));
    while (parts.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
      for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(200))) {
        apply(r.key(), r.value());
      }
    }
  }

  private void apply(String key, byte[] value) {
    if (key == null) {
      return;
    }
    if (value == null) {
      table.remove(key);
      return;
    }
    try {
      table.put(key, serde.deserialize(topic, value));
    } catch (RuntimeException e) {
      LOG.atWarn()
          .addKeyValue("topic", topic)
          .addKeyValue("key", key)
          .log("unreadable state entry skipped");
    }
  }

  public Optional<V> get(String key) {
    return Optional.ofNullable(table.get(key));
  }

  /** A snapshot of every value. */
  public List<V> values() {
    return List.copyOf(table.values());
  }

  public boolean contains(String key) {
    return table.containsKey(key);
  }

  public int size() {
    return table.size();
  }

  /** Changes the in-memory table only; the topic keeps the last durable value. */
  public void putLocal(String key, V value) {
    table.put(key, value);
  }

  /** Writes through and waits for the broker's acknowledgement. */
  public void put(String key, V value) throws Exception {
    producer
        .send(new ProducerRecord<>(topic, key, serde.serialize(topic, value)))
        .get(60, TimeUnit.SECONDS);
    table.put(key, value);
  }

  /**
   * Writes through without waiting: the table changes at once and the record goes with the
   * producer's next batch. {@link #flush}, on the same thread, waits for it. Should the write fail,
   * the entry leaves the table again, so the table never claims what the topic may not have.
   */
  public void write(String key, V value) {
    table.put(key, value);
    Future<RecordMetadata> ack =
        producer.send(
            new ProducerRecord<>(topic, key, serde.serialize(topic, value)),
            (md, e) -> {
              if (e != null) {
                table.remove(key, value);
              }
            });
    unflushed.add(ack);
  }

  /**
   * Returns when every {@link #write} this thread made since its last flush is acknowledged by the
   * broker; throws if one failed. Another thread's flush could otherwise take this thread's writes
   * and let it commit before they are durable.
   */
  public void flush() throws Exception {
    unflushed.flush();
  }

  @Override
  public synchronized void close() {
    reader.close(Duration.ofSeconds(5));
  }
}
