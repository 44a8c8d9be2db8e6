package dev.vigil.kafka;

import io.micronaut.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Writes records to one topic as JSON, keyed as the caller says, and waits for the broker. */
public final class TopicWriter<V> {
  private final Producer<String, byte[]> producer;
  private final String topic;
  private final JsonSerde<V> serde;
  private final Function<V, String> key;

  public TopicWriter(
      Producer<String, byte[]> producer,
      JsonMapper json,
      String topic,
      Class<V> type,
      Function<V, String> key) {
    this.producer = producer;
    this.topic = topic;
    this.serde = new JsonSerde<>(json, type);
    this.key = key;
  }

  /** Sends one record without waiting; the future says when the broker has it. Thread-safe. */
  public Future<RecordMetadata> send(V v) {
    return producer.send(new ProducerRecord<>(topic, key.apply(v), serde.serialize(topic, v)));
  }

  /** Sends one record; the future completes when the broker has it, or fails. Thread-safe. */
  public CompletableFuture<RecordMetadata> sendAsync(V v) {
    CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
    producer.send(
        new ProducerRecord<>(topic, key.apply(v), serde.serialize(topic, v)),
        (meta, error) -> {
          if (error != null) {
            acked.completeExceptionally(error);
          } else {
            acked.complete(meta);
          }
        });
    return acked;
  }

  /** Returns when every record is acknowledged; throws if one could not be written. */
  public void write(List<V> records) throws Exception {
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    for (V v : records) {
      acks.add(send(v));
    }
    for (Future<RecordMetadata> f : acks) {
      f.get(60, TimeUnit.SECONDS);
    }
  }
}
