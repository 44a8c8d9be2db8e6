package dev.vigil.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A story's mutable state inside {@link StoryIndex}; guarded by the index's lock. */
final class Story {
  final String id;
  final long firstSeen;
  // host -> the article that first brought it; insertion order is arrival order.
  final Map<String, String> sources = new LinkedHashMap<>();
  final List<long[]> signatures = new ArrayList<>();

  Story(String id, long firstSeen) {
    this.id = id;
    this.firstSeen = firstSeen;
  }

  long[] firstSignature() {
    return signatures.get(0);
  }

  /** The best estimated similarity of {@code sig} to any kept copy of this story. */
  double bestSimilarity(long[] sig) {
    double best = 0;
    for (long[] s : signatures) best = Math.max(best, MinHash.similarity(s, sig));
    return best;
  }

  StoryIndexState.Story toState() {
    List<List<Long>> sigs = new ArrayList<>();
    for (long[] s : signatures) {
      List<Long> l = new ArrayList<>(s.length);
      for (long v : s) l.add(v);
      sigs.add(l);
    }
    return new StoryIndexState.Story(id, firstSeen, List.copyOf(sources.keySet()),
        List.copyOf(sources.values()), sigs);
  }

  static Story fromState(StoryIndexState.Story s, int numHashes) {
    Story story = new Story(s.storyId(), s.firstSeenEpochMilli());
    for (int i = 0; i < s.sourceHosts().size(); i++) {
      story.sources.put(s.sourceHosts().get(i), s.sourceArticleIds().get(i));
    }
    for (List<Long> l : s.signatures()) {
      if (l.size() != numHashes) throw new IllegalArgumentException("signature of wrong length");
      story.signatures.add(l.stream().mapToLong(Long::longValue).toArray());
    }
    return story;
  }
}
