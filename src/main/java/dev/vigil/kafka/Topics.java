package dev.vigil.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InvalidPartitionsException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Vigil's topics, created at start-up when missing. */
public final class Topics {
  /** New feed entries, as the poller publishes them, before the full-text stage. */
  public static final String ENTRIES = "vigil.entries";

  public static final String ARTICLES = "vigil.articles";

  /** What the full-text stage passed on, per article: compacted, and old entries expire. */
  public static final String PAGES = "vigil.pages";

  /**
   * Inside the filter stage: an article's matches, on the partition of their rules' shard, where
   * their story is decided. Kept as long as new entries, so a stopped instance loses none.
   */
  public static final String HITS = "vigil.hits";

  public static final String MATCHES = "vigil.matches";
  public static final String FEED_STATE = "vigil.feed-state";
  public static final String DELIVERIES = "vigil.deliveries";

  /** Story signatures for near-duplicate grouping, one record per story; old stories expire. */
  public static final String STORIES = "vigil.stories";

  public static final String RETRY = "vigil.alerts.retry";

  /** Partitions of the retry topic: lanes by wait (see the alert package's RetryLanes). */
  public static final int RETRY_LANES = 6;

  public static final String DLQ = "vigil.alerts.dlq";

  /**
   * Carries no records: its partitions are the shards of the feed set, assigned by the consumer
   * group.
   */
  public static final String FEEDS = "vigil.feeds";

  public static final int FEED_SHARDS = 24;

  /** Delivery events for {@code alerts recent}; compacted per delivery, and old ones expire. */
  public static final String ALERT_LOG = "vigil.alerts.log";

  /**
   * Alerts waiting for their channel's digest, keyed by channel and alert; a tombstone once sent.
   */
  public static final String DIGESTS = "vigil.alerts.digest";

  /**
   * Which dead letters were replayed, keyed by their DLQ offset, so a second replay resends
   * nothing.
   */
  public static final String DLQ_REPLAYED = "vigil.alerts.dlq-replayed";

  private Topics() {}

  public static void ensure(Admin admin, int partitions) throws Exception {
    Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
    int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
    short rf = (short) Math.min(3, brokers);
    Map<String, String> compacted =
        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    Map<String, String> retained = keptFor(30);
    Map<String, String> week = keptFor(7);
    List<NewTopic> wanted =
        List.of(
            new NewTopic(ENTRIES, partitions, rf).configs(week),
            new NewTopic(PAGES, partitions, rf).configs(latestFor(30)),
            new NewTopic(ARTICLES, partitions, rf).configs(retained),
            new NewTopic(HITS, partitions, rf).configs(week),
            new NewTopic(MATCHES, partitions, rf).configs(retained),
            new NewTopic(FEED_STATE, partitions, rf).configs(compacted),
            new NewTopic(DELIVERIES, partitions, rf).configs(compacted),
            new NewTopic(RETRY, RETRY_LANES, rf).configs(retained),
            new NewTopic(DLQ, 1, rf).configs(retained),
            new NewTopic(FEEDS, FEED_SHARDS, rf),
            new NewTopic(ALERT_LOG, 1, rf).configs(latestFor(30)),
            new NewTopic(DLQ_REPLAYED, 1, rf).configs(compacted),
            // One partition: the group gives it to one instance, which alone sends the digests.
            new NewTopic(DIGESTS, 1, rf).configs(compacted),
            new NewTopic(STORIES, partitions, rf).configs(latestFor(7)));
    List<NewTopic> missing = new ArrayList<>();
    for (NewTopic t : wanted) {
      if (!existing.contains(t.name())) {
        missing.add(rf < 3 ? t : durable(t));
      }
    }
    if (!missing.isEmpty()) {
      for (Map.Entry<String, KafkaFuture<Void>> created :
          admin.createTopics(missing).values().entrySet()) {
        try {
          created.getValue().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          // Another instance was first, or the broker had it before the listing showed it.
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
    }
    // A retry topic made by a version before the lanes has one partition: give it the others.
    if (existing.contains(RETRY) && partitions(admin, RETRY) < RETRY_LANES) {
      try {
        admin
            .createPartitions(Map.of(RETRY, NewPartitions.increaseTo(RETRY_LANES)))
            .all()
            .get(60, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof InvalidPartitionsException)) { // another instance was first
          throw e;
        }
      }
    }
  }

  private static Map<String, String> keptFor(int days) {
    return Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(TimeUnit.DAYS.toMillis(days)));
  }

  /** The latest record per key, for {@code days}. */
  private static Map<String, String> latestFor(int days) {
    return Map.of(
        TopicConfig.CLEANUP_POLICY_CONFIG,
        "compact,delete",
        TopicConfig.RETENTION_MS_CONFIG,
        Long.toString(TimeUnit.DAYS.toMillis(days)));
  }

  /**
   * On a cluster of three brokers or more: a write is acknowledged once two replicas have it, so
   * the loss of any one broker loses no acknowledged record and stops no writer.
   */
  private static NewTopic durable(NewTopic t) {
    Map<String, String> configs =
        new java.util.HashMap<>(t.configs() == null ? Map.of() : t.configs());
    configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
    return t.configs(configs);
  }

  /**
   * Returns once every partition of {@code topics} answers from its leader. A topic just created is
   * in the metadata before its leaders take requests; an idempotent producer that writes to it in
   * that moment can have its first batch refused and the next ones refused out of sequence, and
   * never recover.
   */
  private static void awaitLeaders(Admin admin, List<String> topics) throws Exception {
    Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest =
        new java.util.HashMap<>();
    for (String t : topics) {
      for (int p = 0; p < partitions(admin, t); p++) {
        latest.put(
            new org.apache.kafka.common.TopicPartition(t, p),
            org.apache.kafka.clients.admin.OffsetSpec.latest());
      }
    }
    for (int attempt = 1; ; attempt++) {
      try {
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof org.apache.kafka.common.errors.RetriableException)
            || attempt == 120) {
          throw e;
        }
        Thread.sleep(250);
      }
    }
  }

  /** A topic another instance has just created may not be described yet: ask again for a while. */
  private static int partitions(Admin admin, String topic) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return admin
            .describeTopics(List.of(topic))
            .allTopicNames()
            .get(30, TimeUnit.SECONDS)
            .get(topic)
            .partitions()
            .size();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt == 20) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }
}
