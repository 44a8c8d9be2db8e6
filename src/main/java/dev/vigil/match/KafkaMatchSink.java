package dev.vigil.match;

import dev.vigil.article.Match;
import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.PendingWrites;
import dev.vigil.kafka.Topics;
import io.micronaut.json.JsonMapper;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes match records to {@code vigil.matches}, keyed by alert id, without waiting for each: an
 * article can match hundreds of rules, and one broker round trip per match bounded the filter
 * stage, not the matching. {@link #flush}, on the writing thread, waits for them all; the filter's
 * consumer calls it before it commits the articles.
 */
public final class KafkaMatchSink {
  private final Producer<String, byte[]> producer;
  private final JsonSerde<Match> serde;
  private final PendingWrites pending = new PendingWrites();

  public KafkaMatchSink(Producer<String, byte[]> producer, JsonMapper json) {
    this.producer = producer;
    this.serde = new JsonSerde<>(json, Match.class);
  }

  public void write(Match m) {
    pending.add(
        producer.send(
            new ProducerRecord<>(Topics.MATCHES, m.alertId(), serde.serialize(Topics.MATCHES, m))));
  }

  public void flush() throws Exception {
    pending.flush();
  }
}
