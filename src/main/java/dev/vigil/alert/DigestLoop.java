package dev.vigil.alert;

import dev.vigil.digest.DigestBook;
import dev.vigil.digest.DigestEntry;
import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest sender's Kafka edge. The digest topic has one partition; the consumer group gives it
 * to one instance, which reads it whole into a {@link DigestBook} and alone sends the digests, so
 * several instances never send the same digest. The topic is the truth: a restart or a takeover
 * reads it again from the beginning, and no waiting alert is lost.
 */
public final class DigestLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DigestLoop.class);
  static final String GROUP = "vigil-digests";

  private final KafkaConsumer<String, byte[]> consumer;
  private final JsonSerde<DigestEntry> serde;
  private final DigestFlow flow;
  private final DigestBook book = new DigestBook();
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * Where the topic ended when this instance was given it: digests wait until it has read that far.
   */
  private Map<TopicPartition, Long> loadedUpTo = Map.of();

  public DigestLoop(KafkaClients clients, JsonMapper json, DigestFlow flow) {
    this.consumer = clients.consumer(GROUP, "vigil-digests", Map.of("enable.auto.commit", false));
    this.serde = new JsonSerde<>(json, DigestEntry.class);
    this.flow = flow;
    this.thread = new Thread(this::run, "vigil-digests");
    this.thread.setDaemon(true);
  }

  public DigestLoop start() {
    thread.start();
    return this;
  }

  private void run() {
    consumer.subscribe(
        List.of(Topics.DIGESTS),
        new ConsumerRebalanceListener() {
          @Override
          public void onPartitionsRevoked(Collection<TopicPartition> parts) {
            book.clear();
            loadedUpTo = Map.of();
          }

          @Override
          public void onPartitionsAssigned(Collection<TopicPartition> parts) {
            if (!parts.isEmpty()) {
              book.clear();
              consumer.seekToBeginning(parts);
              loadedUpTo = consumer.endOffsets(parts);
            }
          }
        });
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          apply(r);
        }
        if (!loadedUpTo.isEmpty() && loaded()) {
          tick();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.atError().setCause(e).log("digest sender stopped");
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private boolean loaded() {
    return loadedUpTo.entrySet().stream()
        .allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private void apply(ConsumerRecord<String, byte[]> r) {
    if (r.value() == null) {
      book.remove(r.key());
      return;
    }
    try {
      book.put(serde.deserialize(Topics.DIGESTS, r.value()));
    } catch (RuntimeException e) {
      LOG.atWarn()
          .addKeyValue("offset", r.offset())
          .addKeyValue("error", e.getMessage())
          .log("unreadable digest entry skipped");
    }
  }

  private void tick() {
    try {
      flow.tick(book);
    } catch (Exception e) {
      LOG.atWarn().addKeyValue("error", e.toString()).log("digest round failed; will try again");
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(10_000);
  }
}
