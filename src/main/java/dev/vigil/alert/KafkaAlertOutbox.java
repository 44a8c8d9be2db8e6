package dev.vigil.alert;

import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.Topics;
import io.micronaut.json.JsonMapper;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The daemon's outbox: the retry and dead-letter topics, keyed by alert id. */
public final class KafkaAlertOutbox implements AlertOutbox {
  private final Producer<String, byte[]> producer;
  private final JsonSerde<PendingDelivery> pending;

  public KafkaAlertOutbox(Producer<String, byte[]> producer, JsonMapper json) {
    this.producer = producer;
    this.pending = new JsonSerde<>(json, PendingDelivery.class);
  }

  @Override
  public void retry(PendingDelivery p) throws Exception {
    send(Topics.RETRY, p);
  }

  @Override
  public void deadLetter(PendingDelivery p) throws Exception {
    send(Topics.DLQ, p);
  }

  private void send(String topic, PendingDelivery p) throws Exception {
    // Waiting for the broker keeps the consumer from committing a delivery that exists nowhere else.
    producer.send(new ProducerRecord<>(topic, p.match().alertId(), pending.serialize(topic, p)))
        .get(60, TimeUnit.SECONDS);
  }
}
