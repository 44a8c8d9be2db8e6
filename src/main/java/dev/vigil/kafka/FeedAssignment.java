package dev.vigil.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares the feed set between instances with Kafka's own group assignment: every instance joins the
 * group {@code vigil-pollers} on the topic {@code vigil.feeds}, and polls the feeds whose shard is
 * a partition it was assigned. Revocation completes before the partition is handed on.
 */
public final class FeedAssignment implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedAssignment.class);
  static final String GROUP = "vigil-pollers";

  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread thread;
  private final int shards;
  private volatile boolean running = true;

  /**
   * @param assigned called with the shards this instance now owns
   * @param revoked called with the shards it must give up; must return only when they are idle
   */
  public FeedAssignment(
      KafkaClients clients, Consumer<Set<Integer>> assigned, Consumer<Set<Integer>> revoked) {
    this.consumer = clients.consumer(GROUP, "vigil-poller", Map.of("max.poll.interval.ms", 60_000));
    this.shards = consumer.partitionsFor(Topics.FEEDS, Duration.ofSeconds(30)).size();
    ConsumerRebalanceListener listener =
        new ConsumerRebalanceListener() {
          @Override
          public void onPartitionsRevoked(Collection<TopicPartition> parts) {
            if (!parts.isEmpty()) {
              revoked.accept(ids(parts));
            }
          }

          @Override
          public void onPartitionsAssigned(Collection<TopicPartition> parts) {
            if (!parts.isEmpty()) {
              assigned.accept(ids(parts));
            }
          }

          @Override
          public void onPartitionsLost(Collection<TopicPartition> parts) {
            onPartitionsRevoked(parts);
          }
        };
    this.thread = new Thread(() -> run(listener), "vigil-feed-assignment");
    this.thread.setDaemon(true);
  }

  public int shards() {
    return shards;
  }

  public FeedAssignment start() {
    thread.start();
    return this;
  }

  private void run(ConsumerRebalanceListener listener) {
    consumer.subscribe(List.of(Topics.FEEDS), listener);
    try {
      while (running) {
        consumer.poll(Duration.ofMillis(500)); // membership only: the topic carries no records
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.atError().setCause(e).log("feed assignment stopped");
    } finally {
      consumer.close(Duration.ofSeconds(10));
    }
  }

  private static Set<Integer> ids(Collection<TopicPartition> parts) {
    return parts.stream().map(TopicPartition::partition).collect(Collectors.toSet());
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(15_000);
  }
}
