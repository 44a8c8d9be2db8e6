package dev.vigil.alert;

import dev.vigil.digest.DigestEntry;
import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.Topics;
import io.micronaut.json.JsonMapper;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The daemon's outbox: the retry, dead-letter and alert-log topics. */
public final class KafkaAlertOutbox implements AlertOutbox {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaAlertOutbox.class);
  private final Producer<String, byte[]> producer;
  private final Clock clock;
  private final JsonSerde<PendingDelivery> pending;
  private final JsonSerde<DeliveryEvent> events;
  private final JsonSerde<DigestEntry> digests;

  public KafkaAlertOutbox(Producer<String, byte[]> producer, JsonMapper json) {
    this(producer, json, Clock.systemUTC());
  }

  /** {@code clock} is the one the retry times are computed with, to pick a retry's lane. */
  public KafkaAlertOutbox(Producer<String, byte[]> producer, JsonMapper json, Clock clock) {
    this.clock = clock;
    this.producer = producer;
    this.pending = new JsonSerde<>(json, PendingDelivery.class);
    this.events = new JsonSerde<>(json, DeliveryEvent.class);
    this.digests = new JsonSerde<>(json, DigestEntry.class);
  }

  @Override
  public void retry(PendingDelivery p) throws Exception {
    int lanes = producer.partitionsFor(Topics.RETRY).size();
    send(
        new ProducerRecord<>(
            Topics.RETRY,
            RetryLanes.lane(p.notBefore(), clock.instant(), lanes),
            p.match().alertId(),
            pending.serialize(Topics.RETRY, p)));
  }

  @Override
  public void deadLetter(PendingDelivery p) throws Exception {
    send(new ProducerRecord<>(Topics.DLQ, p.match().alertId(), pending.serialize(Topics.DLQ, p)));
  }

  @Override
  public void defer(DigestEntry e) throws Exception {
    producer
        .send(new ProducerRecord<>(Topics.DIGESTS, e.key(), digests.serialize(Topics.DIGESTS, e)))
        .get(60, TimeUnit.SECONDS);
  }

  @Override
  public void settle(DigestEntry e) throws Exception {
    producer.send(new ProducerRecord<>(Topics.DIGESTS, e.key(), null)).get(60, TimeUnit.SECONDS);
  }

  @Override
  public void record(DeliveryEvent e) {
    // Not awaited: the log is for people reading recent history, and must not slow deliveries down.
    producer.send(
        new ProducerRecord<>(Topics.ALERT_LOG, e.key(), events.serialize(Topics.ALERT_LOG, e)),
        (md, ex) -> {
          if (ex != null) {
            LOG.atWarn()
                .addKeyValue("key", e.key())
                .addKeyValue("error", ex.toString())
                .log("alert log write failed");
          }
        });
  }

  private void send(ProducerRecord<String, byte[]> r) throws Exception {
    // Waiting for the broker keeps the consumer from committing a delivery that exists nowhere
    // else.
    producer.send(r).get(60, TimeUnit.SECONDS);
  }
}
