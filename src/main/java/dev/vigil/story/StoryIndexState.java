package dev.vigil.story;

import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Comparator;
import java.util.List;

/**
 * A snapshot of a {@link StoryIndex}, in plain types so that it serialises with any codec. The
 * MinHash parameters are recorded because signatures from other parameters cannot be compared:
 * {@link StoryIndex#fromState} refuses them. Stories are kept sorted by first sighting, the order
 * eviction needs, so a snapshot rebuilt from per-story records in any order restores correctly.
 */
@Serdeable
public record StoryIndexState(
    int version, int shingleK, int numHashes, long seed, List<StoryState> stories) {
  public static final int VERSION = 1;

  public StoryIndexState {
    stories =
        stories.stream().sorted(Comparator.comparingLong(StoryState::firstSeenEpochMilli)).toList();
  }

  /**
   * One story. {@code sourceHosts} and {@code sourceArticleIds} are parallel: the article that
   * first brought each host, in arrival order. {@code signatures} starts with the first copy's;
   * {@code shingleCounts} is parallel to it. About 5 KB of JSON per kept copy, so one record per
   * story (keyed by {@code storyId}) fits a Kafka message where a whole snapshot would not. {@code
   * facts} is parallel to {@code signatures} too ({@link Facts#encode}); records written before it
   * existed have none, and their copies then confirm no later article. {@code minhashes} holds the
   * signatures as {@link Signer} writes them (a third of the bytes); {@code signatures}, as lists
   * of numbers, is only read from records written before it, and is null once read. {@code shard}
   * is the rule shard whose stories this one belongs to (see the match package's filter stage);
   * null in records written before stories were kept per shard, which no shard takes.
   */
  @Serdeable
  public record StoryState(
      String storyId,
      long firstSeenEpochMilli,
      List<String> sourceHosts,
      List<String> sourceArticleIds,
      List<List<Long>> signatures,
      List<Integer> shingleCounts,
      List<String> facts,
      Integer shard,
      List<String> minhashes) {
    @Creator // the canonical constructor, for the serde
    public StoryState {
      sourceHosts = List.copyOf(sourceHosts);
      sourceArticleIds = List.copyOf(sourceArticleIds);
      if (minhashes == null) {
        // Written before signatures were kept as Base64: read them into that form.
        minhashes =
            signatures.stream()
                .map(l -> Signer.encode(l.stream().mapToLong(Long::longValue).toArray()))
                .toList();
      }
      minhashes = List.copyOf(minhashes);
      signatures = null;
      shingleCounts = List.copyOf(shingleCounts);
      facts =
          facts == null
              ? java.util.Collections.nCopies(minhashes.size(), (String) null)
              : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(facts));
      if (sourceHosts.size() != sourceArticleIds.size()) {
        throw new IllegalArgumentException("sourceHosts and sourceArticleIds differ in length");
      }
      if (minhashes.size() != shingleCounts.size()) {
        throw new IllegalArgumentException("signatures and shingleCounts differ in length");
      }
      if (facts.size() != minhashes.size()) {
        throw new IllegalArgumentException("signatures and facts differ in length");
      }
      if (minhashes.isEmpty()) throw new IllegalArgumentException("story without a signature");
    }

    public StoryState inShard(int s) {
      return new StoryState(
          storyId,
          firstSeenEpochMilli,
          sourceHosts,
          sourceArticleIds,
          signatures,
          shingleCounts,
          facts,
          s,
          minhashes);
    }
  }
}
