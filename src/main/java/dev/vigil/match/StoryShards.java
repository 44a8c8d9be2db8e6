package dev.vigil.match;

import dev.vigil.article.StorySignature;
import dev.vigil.kafka.ConsumerLoop;
import dev.vigil.story.StoryAssignment;
import dev.vigil.story.StoryConfig;
import dev.vigil.story.StoryIndex;
import dev.vigil.story.StoryIndexState;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Story decisions of the rule shards one consumer holds: every match of a rule reaches the one
 * consumer of its shard's partition, wherever the article's copies were matched, and that
 * consumer's index decides the story. An index is built from the stored stories when its shard is
 * first used after being assigned, so an instance taking a shard over continues from its previous
 * owner's decisions.
 */
final class StoryShards implements ConsumerLoop.Partitions {
  /** Where the stories live: each write-through, and every stored story, caught up. */
  interface Store {
    void save(StoryIndexState.StoryState story);

    List<StoryIndexState.StoryState> stored();
  }

  private final StoryConfig config;
  private final Clock clock;
  private final Store store;
  private final Map<Integer, StoryIndex> indexes = new ConcurrentHashMap<>();

  /**
   * @param config the whole configuration; each shard holds its share of {@code maxStories}
   */
  StoryShards(StoryConfig config, int shards, Clock clock, Store store) {
    this.config =
        config.withLimits(
            config.window(), Math.max(1, -Math.floorDiv(-config.maxStories(), shards)));
    this.clock = clock;
    this.store = store;
  }

  /**
   * Shards this instance takes, or takes again after an aborted batch: their stories are read
   * afresh, as committed, before their next use.
   */
  @Override
  public void assigned(Collection<Integer> shards) {
    shards.forEach(indexes::remove);
  }

  @Override
  public void revoked(Collection<Integer> shards) {
    shards.forEach(indexes::remove);
  }

  StoryAssignment assign(int shard, String articleId, StorySignature signature) {
    StoryIndex index = indexes.computeIfAbsent(shard, this::load);
    StoryAssignment a = index.assign(articleId, signature);
    index.changedStory(a.storyId()).ifPresent(s -> store.save(s.inShard(shard)));
    return a;
  }

  private StoryIndex load(int shard) {
    List<StoryIndexState.StoryState> mine =
        store.stored().stream().filter(s -> s.shard() != null && s.shard() == shard).toList();
    return StoryIndex.fromState(
        new StoryIndexState(
            StoryIndexState.VERSION, config.shingleK(), config.numHashes(), config.seed(), mine),
        config,
        clock);
  }
}
