package dev.vigil.story;

import java.util.List;

/**
 * A snapshot of a {@link StoryIndex}, in plain types so that it serialises with any codec (the
 * daemon can keep it in a compacted Kafka topic). The MinHash parameters are recorded because
 * signatures from other parameters cannot be compared: {@link StoryIndex#fromState} refuses them.
 */
public record StoryIndexState(
    int version, int shingleK, int numHashes, long seed, List<Story> stories) {
  public static final int VERSION = 1;

  public StoryIndexState {
    stories = List.copyOf(stories);
  }

  /**
   * One story. {@code sourceHosts} and {@code sourceArticleIds} are parallel: the article that
   * first brought each host, in arrival order. {@code signatures} starts with the first copy's.
   */
  public record Story(
      String storyId,
      long firstSeenEpochMilli,
      List<String> sourceHosts,
      List<String> sourceArticleIds,
      List<List<Long>> signatures,
      List<Integer> shingleCounts) {
    public Story {
      sourceHosts = List.copyOf(sourceHosts);
      sourceArticleIds = List.copyOf(sourceArticleIds);
      signatures = signatures.stream().map(List::copyOf).toList();
      shingleCounts = List.copyOf(shingleCounts);
      if (sourceHosts.size() != sourceArticleIds.size()) {
        throw new IllegalArgumentException("sourceHosts and sourceArticleIds differ in length");
      }
      if (signatures.size() != shingleCounts.size()) {
        throw new IllegalArgumentException("signatures and shingleCounts differ in length");
      }
      if (signatures.isEmpty()) throw new IllegalArgumentException("story without a signature");
    }
  }
}
