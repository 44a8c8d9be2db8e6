package dev.vigil.alert;

import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import io.micronaut.json.JsonMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The dead-letter topic for {@code bin/vigil alerts dlq}: lists it and replays it. What was
 * replayed is kept in a compacted topic keyed by DLQ offset (not in consumer-group offsets, which
 * the broker forgets after a week of disuse), so a second replay resends nothing.
 */
public final class DeadLetters {
  /**
   * One dead letter, where it sits in the topic and when it got there; {@code replayedAt} is null
   * until replayed.
   */
  @io.micronaut.serde.annotation.Serdeable
  public record Entry(
      int partition, long offset, Instant deadAt, PendingDelivery delivery, Instant replayedAt) {}

  private final KafkaClients clients;
  private final Producer<String, byte[]> producer;
  private final JsonSerde<PendingDelivery> serde;
  private final JsonSerde<String> markers;

  public DeadLetters(KafkaClients clients, Producer<String, byte[]> producer, JsonMapper json) {
    this.clients = clients;
    this.producer = producer;
    this.serde = new JsonSerde<>(json, PendingDelivery.class);
    this.markers = new JsonSerde<>(json, String.class);
  }

  public List<Entry> list() {
    Map<String, String> replayed = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r : TopicScan.all(clients, Topics.DLQ_REPLAYED)) {
      replayed.put(r.key(), markers.deserialize(Topics.DLQ_REPLAYED, r.value()));
    }
    List<Entry> out = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : TopicScan.all(clients, Topics.DLQ)) {
      PendingDelivery p;
      try {
        p = serde.deserialize(Topics.DLQ, r.value());
      } catch (RuntimeException e) {
        continue; // unreadable: nothing could be replayed from it anyway
      }
      if (p != null) {
        out.add(
            new Entry(
                r.partition(),
                r.offset(),
                Instant.ofEpochMilli(r.timestamp()),
                p,
                Optional.ofNullable(replayed.get(marker(r.partition(), r.offset())))
                    .map(Instant::parse)
                    .orElse(null)));
      }
    }
    return out;
  }

  /**
   * Republishes every dead letter not replayed before to the retry topic, as a fresh series: the
   * next attempt is attempt 1, and the maximum age counts from now. Returns what was replayed.
   */
  public List<Entry> replay(Instant now, AlertOutbox events) throws Exception {
    List<Entry> done = new ArrayList<>();
    for (Entry e : list()) {
      if (e.replayedAt() != null) {
        continue;
      }
      PendingDelivery p = e.delivery();
      PendingDelivery again =
          new PendingDelivery(p.match(), p.channel(), 0, null, p.lastError(), now);
      // Lane 0: due at once, so it waits behind no backoff.
      producer
          .send(
              new ProducerRecord<>(
                  Topics.RETRY, 0, p.match().alertId(), serde.serialize(Topics.RETRY, again)))
          .get(60, TimeUnit.SECONDS);
      // Marked after the resend: a crash in between replays it again, and the delivery log drops
      // the repeat.
      producer
          .send(
              new ProducerRecord<>(
                  Topics.DLQ_REPLAYED,
                  marker(e.partition(), e.offset()),
                  markers.serialize(Topics.DLQ_REPLAYED, now.toString())))
          .get(60, TimeUnit.SECONDS);
      events.record(
          DeliveryEvent.of(
              p.match(), p.channel(), DeliveryEvent.REPLAYED, 0, now, null, p.lastError()));
      done.add(new Entry(e.partition(), e.offset(), e.deadAt(), again, now));
    }
    return done;
  }

  private static String marker(int partition, long offset) {
    return partition + "-" + offset;
  }
}
