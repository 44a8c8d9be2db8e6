package dev.vigil.kafka;

import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consumer thread that hands each record to a handler and commits only what was handled, so a
 * crash repeats records and never skips one. Unreadable records are logged and skipped; a handler
 * failure is retried with backoff from the same record. An optional barrier runs before each
 * commit: handlers may then write without waiting for the broker, and the barrier waits once per
 * batch for what they wrote (a failure there repeats the batch).
 */
public final class ConsumerLoop<V> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);

  /** Handles one record; returns null when done, or how long to wait before it is due. */
  @FunctionalInterface
  public interface Handler<V> {
    Duration handle(String key, V value) throws Exception;
  }

  /** Returns when what the handled records wrote is durable; throws when some of it is not. */
  @FunctionalInterface
  public interface Barrier {
    void await() throws Exception;
  }

  /** Turns a record's value into what the handler takes; throws when it cannot. */
  @FunctionalInterface
  public interface Decoder<V> {
    V decode(byte[] value) throws Exception;
  }

  /** Told which partitions this loop gains and loses, on its own thread, before their records. */
  @FunctionalInterface
  public interface Partitions {
    void assigned(Collection<Integer> partitions);

    default void revoked(Collection<Integer> partitions) {}
  }

  private final String topic;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Decoder<V> decoder;
  private final Handler<V> handler;
  private final Barrier beforeCommit;
  private final Thread thread;
  private volatile boolean running = true;
  private Partitions partitions;
  private Producer<String, byte[]> transactions;

  public ConsumerLoop(
      KafkaClients clients,
      String topic,
      String groupId,
      JsonMapper json,
      Class<V> type,
      Handler<V> handler) {
    this(clients, topic, groupId, json, type, handler, () -> {});
  }

  /** A loop whose commits wait for {@code beforeCommit}. */
  public ConsumerLoop(
      KafkaClients clients,
      String topic,
      String groupId,
      JsonMapper json,
      Class<V> type,
      Handler<V> handler,
      Barrier beforeCommit) {
    this(clients, topic, groupId, 0, json, type, handler, beforeCommit);
  }

  /**
   * Loop number {@code member} of several in one process sharing a group's partitions: each needs
   * its own client id, which is also its static group membership.
   */
  public ConsumerLoop(
      KafkaClients clients,
      String topic,
      String groupId,
      int member,
      JsonMapper json,
      Class<V> type,
      Handler<V> handler,
      Barrier beforeCommit) {
    this(clients, topic, groupId, member, json(json, type, topic), handler, beforeCommit);
  }

  /** A loop whose records are read by {@code decoder} rather than as one JSON type. */
  public ConsumerLoop(
      KafkaClients clients,
      String topic,
      String groupId,
      int member,
      Decoder<V> decoder,
      Handler<V> handler,
      Barrier beforeCommit) {
    String suffix = member == 0 ? "" : "-" + member;
    this.topic = topic;
    this.consumer = clients.consumer(groupId, groupId + "-" + topic + suffix, member);
    this.decoder = decoder;
    this.handler = handler;
    this.beforeCommit = beforeCommit;
    this.thread = new Thread(this::run, "vigil-consume-" + topic + suffix);
    this.thread.setDaemon(true);
  }

  private static <V> Decoder<V> json(JsonMapper json, Class<V> type, String topic) {
    JsonSerde<V> serde = new JsonSerde<>(json, type);
    return bytes -> serde.deserialize(topic, bytes);
  }

  /**
   * Tells {@code listener} of each change in this loop's partitions; call before {@link #start}.
   */
  public ConsumerLoop<V> onPartitions(Partitions listener) {
    this.partitions = listener;
    return this;
  }

  /**
   * Makes each batch one Kafka transaction of {@code producer}, which the handlers must write with:
   * their records and the batch's offsets are committed together, or not at all, so a crash repeats
   * no output of a committed batch and shows none of an unfinished one to readers (which read
   * committed records only). A handler failure aborts the batch, which is repeated. The producer
   * must outlive the loop. Call before {@link #start}.
   */
  public ConsumerLoop<V> transactional(Producer<String, byte[]> producer) {
    this.transactions = producer;
    return this;
  }

  public ConsumerLoop<V> start() {
    thread.start();
    return this;
  }

  private void run() {
    consumer.subscribe(List.of(topic), new Listener());
    int failures = 0;
    try {
      if (transactions != null) transactions.initTransactions();
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        Duration wait = null;
        boolean failed = false;
        if (transactions != null && !records.isEmpty()) transactions.beginTransaction();
        batch:
        for (TopicPartition tp : records.partitions()) {
          for (ConsumerRecord<String, byte[]> r : records.records(tp)) {
            Duration notDue;
            try {
              notDue = handle(r);
              failures = 0;
            } catch (Exception e) {
              failures++;
              notDue = backoff(failures);
              LOG.atWarn()
                  .addKeyValue("topic", topic)
                  .addKeyValue("offset", r.offset())
                  .setCause(e)
                  .log("record handling failed; retrying");
              if (transactions != null) {
                failed = true; // what the batch wrote so far goes with it
                wait = notDue;
                break batch;
              }
            }
            if (notDue != null) {
              consumer.seek(tp, r.offset());
              wait = wait == null || notDue.compareTo(wait) < 0 ? notDue : wait;
              break;
            }
            done.put(tp, new OffsetAndMetadata(r.offset() + 1));
          }
        }
        boolean settled =
            transactions == null
                ? settle(records, done)
                : records.isEmpty() || commitTransaction(records, failed ? Map.of() : done);
        if (!settled) {
          wait = backoff(++failures);
        }
        if (wait != null) {
          Thread.sleep(Math.max(10, Math.min(wait.toMillis(), 1000)));
        }
      }
    } catch (WakeupException | InterruptedException e) {
      // closing
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /**
   * Commits the batch's writes with the offsets of what was handled; aborts them when nothing was
   * handled or the commit fails, and then goes back to the start of the batch. Returns false when
   * the commit failed.
   */
  private boolean commitTransaction(
      ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> done) {
    try {
      if (done.isEmpty()) {
        transactions.abortTransaction();
        rewind(records, records.partitions());
        retake();
        return true;
      }
      beforeCommit.await();
      transactions.sendOffsetsToTransaction(done, consumer.groupMetadata());
      transactions.commitTransaction();
      return true;
    } catch (Exception e) {
      LOG.atWarn()
          .addKeyValue("topic", topic)
          .setCause(e)
          .log("transaction of handled records failed; repeating them");
      try {
        transactions.abortTransaction();
      } catch (RuntimeException abort) {
        LOG.atWarn().addKeyValue("topic", topic).setCause(abort).log("abort failed");
      }
      rewind(records, records.partitions());
      retake();
      return false;
    }
  }

  /**
   * After an aborted batch, the listener is told it has its partitions again: what it kept in
   * memory for them reflects writes that were never committed, and must be read afresh.
   */
  private void retake() {
    if (partitions != null && !consumer.assignment().isEmpty()) {
      partitions.assigned(consumer.assignment().stream().map(TopicPartition::partition).toList());
    }
  }

  private void rewind(ConsumerRecords<String, byte[]> records, java.util.Set<TopicPartition> tps) {
    for (TopicPartition tp : tps) {
      if (consumer.assignment().contains(tp)) {
        consumer.seek(tp, records.records(tp).get(0).offset());
      }
    }
  }

  private static Duration backoff(int failures) {
    return Duration.ofMillis(Math.min(30_000, 500L << Math.min(failures, 6)));
  }

  private Duration handle(ConsumerRecord<String, byte[]> r) throws Exception {
    V value;
    try {
      value = r.value() == null ? null : decoder.decode(r.value());
    } catch (Exception e) {
      LOG.atError()
          .addKeyValue("topic", topic)
          .addKeyValue("offset", r.offset())
          .addKeyValue("error", e.getMessage())
          .log("unreadable record skipped");
      return null;
    }
    return value == null ? null : handler.handle(r.key(), value);
  }

  /**
   * Commits what was handled once the barrier passes; when it fails, goes back to the start of the
   * batch, so the handlers see those records again. Returns false then.
   */
  private boolean settle(
      ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> done) {
    if (done.isEmpty()) {
      return true;
    }
    try {
      beforeCommit.await();
    } catch (Exception e) {
      LOG.atWarn()
          .addKeyValue("topic", topic)
          .setCause(e)
          .log("writes of handled records failed; repeating them");
      rewind(records, done.keySet());
      return false;
    }
    commit(done);
    return true;
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> done) {
    try {
      consumer.commitSync(done);
    } catch (CommitFailedException | RebalanceInProgressException e) {
      LOG.atInfo()
          .addKeyValue("topic", topic)
          .log("commit lost to a rebalance; records will be redelivered");
    }
  }

  /** Passes partition changes on. */
  private final class Listener implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> tps) {
      if (partitions != null && !tps.isEmpty()) {
        partitions.assigned(tps.stream().map(TopicPartition::partition).toList());
      }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> tps) {
      if (partitions != null && !tps.isEmpty()) {
        partitions.revoked(tps.stream().map(TopicPartition::partition).toList());
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> tps) {
      onPartitionsRevoked(tps);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(10_000);
  }
}
