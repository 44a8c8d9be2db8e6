package dev.vigil.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A story's mutable state inside {@link StoryIndex}; guarded by the index's lock. */
final class Story {
  /** A kept copy: its signature and shingle count (the count turns Jaccard into overlap). */
  record Copy(long[] sig, int shingles) {}

  final String id;
  final long firstSeen;
  // host -> the article that first brought it; insertion order is arrival order.
  final Map<String, String> sources = new LinkedHashMap<>();
  final List<Copy> copies = new ArrayList<>();

  Story(String id, long firstSeen) {
    this.id = id;
    this.firstSeen = firstSeen;
  }

  /**
   * The number of sources the story had when {@code host} joined it: for a live article that
   * brings a new host this is the current count, and a replay of that article gets the same answer.
   */
  int rankOf(String host) {
    int rank = 0;
    for (String h : sources.keySet()) {
      rank++;
      if (h.equals(host)) return rank;
    }
    throw new IllegalStateException("host not in story: " + host);
  }

  double score(Copy c, Copy other, Measure m) {
    return m.score(MinHash.similarity(c.sig(), other.sig()), c.shingles(), other.shingles());
  }

  /** The best score of {@code c} against any kept copy of this story. */
  double bestScore(Copy c, Measure m) {
    double best = 0;
    for (Copy k : copies) best = Math.max(best, score(k, c, m));
    return best;
  }

  StoryIndexState.StoryState toState() {
    List<List<Long>> sigs = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (Copy c : copies) {
      List<Long> l = new ArrayList<>(c.sig().length);
      for (long v : c.sig()) l.add(v);
      sigs.add(l);
      sizes.add(c.shingles());
    }
    return new StoryIndexState.StoryState(id, firstSeen, List.copyOf(sources.keySet()),
        List.copyOf(sources.values()), sigs, sizes);
  }

  static Story fromState(StoryIndexState.StoryState s, int numHashes) {
    Story story = new Story(s.storyId(), s.firstSeenEpochMilli());
    for (int i = 0; i < s.sourceHosts().size(); i++) {
      story.sources.put(s.sourceHosts().get(i), s.sourceArticleIds().get(i));
    }
    for (int i = 0; i < s.signatures().size(); i++) {
      List<Long> l = s.signatures().get(i);
      if (l.size() != numHashes) throw new IllegalArgumentException("signature of wrong length");
      long[] sig = l.stream().mapToLong(Long::longValue).toArray();
      story.copies.add(new Copy(sig, s.shingleCounts().get(i)));
    }
    return story;
  }
}
