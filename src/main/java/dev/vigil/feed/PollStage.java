package dev.vigil.feed;

import dev.vigil.config.FeedSpec;
import dev.vigil.config.PollerSettings;
import dev.vigil.http.Fetcher;
import dev.vigil.http.HostLimiter;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.FeedAssignment;
import dev.vigil.kafka.Resources;
import dev.vigil.kafka.Stage;
import dev.vigil.kafka.StageRuntime;
import dev.vigil.kafka.Topics;
import java.util.List;
import java.util.Set;

/**
 * The poll stage: polls the feeds whose shards Kafka's group assignment gives this instance,
 * publishes their new articles to {@code vigil.articles} and keeps each feed's state in {@code
 * vigil.feed-state}. When shards move to another instance, their feeds stop here first.
 */
public final class PollStage implements Stage {
  private final PollerSettings settings;
  private final List<FeedSpec> feeds;
  private final StageRuntime rt;
  private final Resources parts = new Resources();
  private final FeedScheduler scheduler;
  private CompactedStore<FeedState> states;

  public PollStage(PollerSettings settings, List<FeedSpec> feeds, StageRuntime rt) {
    this.settings = settings;
    this.feeds = List.copyOf(feeds);
    this.rt = rt;
    this.scheduler = new FeedScheduler(rt.clock(), rt.random(), settings.minInterval());
  }

  @Override
  public void start() {
    try {
      states = parts.add(rt.store(Topics.FEED_STATE, FeedState.class));
      FeedRunner runner =
          parts.add(
              new FeedRunner(
                  scheduler,
                  new FeedPoller(new Fetcher(settings), new FeedParser(), rt.clock()),
                  new KafkaArticleSink(rt.producer(), rt.json()),
                  new KafkaFeedStateStore(states),
                  rt.metrics(),
                  rt.clock(),
                  settings.workers(),
                  new HostLimiter(
                      settings.hostMaxConcurrent(), settings.hostMinDelay(), rt.clock())));
      runner.start();
      parts.add(
          new FeedAssignment(
                  rt.clients(),
                  shards -> {
                    states.catchUp();
                    runner.assign(inShards(shards));
                  },
                  shards -> revoke(runner, inShards(shards)))
              .start());
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
  }

  /** Every configured feed's state and schedule, for the feed API and CLI. */
  public FeedStatuses statuses() {
    if (states == null) {
      throw new IllegalStateException("the poll stage has not started");
    }
    return new FeedStatuses(
        feeds, new KafkaFeedStateStore(states), scheduler, settings.minInterval());
  }

  private List<FeedSpec> inShards(Set<Integer> shards) {
    int n = Topics.FEED_SHARDS;
    return feeds.stream().filter(f -> shards.contains(FeedShard.of(f.url(), n))).toList();
  }

  private static void revoke(FeedRunner runner, List<FeedSpec> feeds) {
    try {
      runner.revoke(feeds.stream().map(FeedSpec::url).toList());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    parts.close();
  }
}
