package dev.vigil.fulltext;

import dev.vigil.article.Article;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.TopicWriter;
import dev.vigil.kafka.Topics;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text stage's consumer. It keeps polling while pages are fetched: each entry is handed to
 * the flow, its article is sent on as soon as its page is in, and each partition is committed up to
 * its first entry still in flight. A slow site therefore holds up only its own articles, each at
 * most the timeout; a crash repeats what was in flight and loses nothing. Past {@code maxInFlight}
 * entries, the consumer pauses its partitions until the fetches catch up.
 */
final class FulltextLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FulltextLoop.class);

  /** An entry whose article is on its way, or failed to go (then it is handed over again). */
  private record Finished(
      TopicPartition tp, long offset, Article entry, FulltextFlow.Done done, Throwable error) {}

  private final KafkaConsumer<String, byte[]> consumer;
  private final JsonSerde<Article> serde;
  private final FulltextFlow flow;
  private final TopicWriter<Article> articles;
  private final CompactedStore<PageRecord> pages;
  private final FulltextMetrics metrics;
  private final int maxInFlight;
  private final InFlight<TopicPartition> inFlight = new InFlight<>();
  private final ConcurrentLinkedQueue<Finished> finished = new ConcurrentLinkedQueue<>();
  private final Map<TopicPartition, Long> committed = new HashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  FulltextLoop(
      KafkaClients clients,
      int member,
      JsonMapper json,
      FulltextFlow flow,
      TopicWriter<Article> articles,
      CompactedStore<PageRecord> pages,
      FulltextMetrics metrics,
      int maxInFlight) {
    String suffix = member == 0 ? "" : "-" + member;
    this.consumer =
        clients.consumer(FulltextStage.GROUP, FulltextStage.GROUP + "-entries" + suffix, member);
    this.serde = new JsonSerde<>(json, Article.class);
    this.flow = flow;
    this.articles = articles;
    this.pages = pages;
    this.metrics = metrics;
    this.maxInFlight = maxInFlight;
    this.thread = new Thread(this::run, "vigil-fulltext" + suffix);
    this.thread.setDaemon(true);
  }

  FulltextLoop start() {
    thread.start();
    return this;
  }

  private void run() {
    consumer.subscribe(
        List.of(Topics.ENTRIES),
        new ConsumerRebalanceListener() {
          @Override
          public void onPartitionsRevoked(Collection<TopicPartition> parts) {
            handOver(parts);
          }

          @Override
          public void onPartitionsAssigned(Collection<TopicPartition> parts) {}

          @Override
          public void onPartitionsLost(Collection<TopicPartition> parts) {
            parts.forEach(inFlight::drop);
          }
        });
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          take(new TopicPartition(r.topic(), r.partition()), r.offset(), r.value());
        }
        settle();
        if (inFlight.size() >= maxInFlight) {
          consumer.pause(consumer.assignment());
        } else if (!consumer.paused().isEmpty()) {
          consumer.resume(consumer.paused());
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.atError().setCause(e).log("full-text stage stopped");
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void take(TopicPartition tp, long offset, byte[] value) {
    Article entry;
    try {
      entry = value == null ? null : serde.deserialize(Topics.ENTRIES, value);
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("offset", offset)
          .addKeyValue("error", e.getMessage())
          .log("unreadable entry skipped");
      entry = null;
    }
    inFlight.take(tp, offset);
    if (entry == null) {
      finished.add(new Finished(tp, offset, null, null, null));
      return;
    }
    hand(tp, offset, entry);
  }

  /** Hands an entry to the flow; its finish is queued for this thread, sent or failed. */
  private void hand(TopicPartition tp, long offset, Article entry) {
    flow.process(entry)
        .thenCompose(d -> d == null ? CompletableFuture.completedFuture(null) : send(d))
        .whenComplete((d, error) -> finished.add(new Finished(tp, offset, entry, d, error)));
  }

  private CompletableFuture<FulltextFlow.Done> send(FulltextFlow.Done d) {
    return articles.sendAsync(d.article()).thenApply(meta -> d);
  }

  /**
   * Records what finished since the last round and commits each partition up to its first entry
   * still in flight. An entry whose article could not be written is handed over again.
   */
  private void settle() {
    boolean any = false;
    for (Finished f; (f = finished.poll()) != null; ) {
      if (f.error() != null) {
        LOG.atWarn()
            .addKeyValue("offset", f.offset())
            .addKeyValue("error", f.error().toString())
            .log("article not written; trying again");
        hand(f.tp(), f.offset(), f.entry());
        continue;
      }
      if (f.done() != null) {
        pages.write(f.done().article().id(), f.done().record());
        metrics.passedOn(f.done().article());
      }
      inFlight.finish(f.tp(), f.offset());
      any = true;
    }
    if (any) {
      commit();
    }
  }

  private void commit() {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    inFlight
        .committable()
        .forEach(
            (tp, offset) -> {
              if (!offset.equals(committed.get(tp)) && consumer.assignment().contains(tp)) {
                offsets.put(tp, new OffsetAndMetadata(offset));
              }
            });
    if (offsets.isEmpty()) {
      return;
    }
    try {
      pages.flush();
      consumer.commitSync(offsets);
      offsets.forEach((tp, o) -> committed.put(tp, o.offset()));
    } catch (CommitFailedException | RebalanceInProgressException e) {
      LOG.atInfo().log("commit lost to a rebalance; entries will be redelivered");
    } catch (Exception e) {
      LOG.atWarn().addKeyValue("error", e.toString()).log("commit failed; will try again");
    }
  }

  /**
   * Before partitions go to another consumer: waits (each entry at most the flow's timeout) for
   * what is in flight on them, and commits it, so the next owner does not fetch those pages again.
   */
  private void handOver(Collection<TopicPartition> parts) {
    long until = System.nanoTime() + flow.timeout().plusSeconds(5).toNanos();
    while (parts.stream().anyMatch(tp -> inFlight.size(tp) > 0) && System.nanoTime() < until) {
      settle();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    settle();
    commit();
    parts.forEach(
        tp -> {
          inFlight.drop(tp);
          committed.remove(tp);
        });
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(10_000);
  }
}
