package dev.vigil.match;

import dev.vigil.kafka.PendingWrites;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes the filter stage's records without waiting for each, so one broker round trip per
 * record does not bound the stage; {@link #flush}, on the writing thread, waits for them all, and
 * each consumer calls it before it commits what it read.
 */
final class KafkaRecordSink {
  private final Producer<String, byte[]> producer;
  private final PendingWrites pending = new PendingWrites();

  KafkaRecordSink(Producer<String, byte[]> producer) {
    this.producer = producer;
  }

  /** To {@code partition} of {@code topic}, or where the key hashes to when it is null. */
  void write(String topic, Integer partition, String key, byte[] value) {
    pending.add(producer.send(new ProducerRecord<>(topic, partition, key, value)));
  }

  Producer<String, byte[]> producer() {
    return producer;
  }

  void flush() throws Exception {
    pending.flush();
  }
}
