package dev.vigil.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A story's mutable state inside {@link StoryIndex}; guarded by the index's lock. */
final class Story {
  /**
   * A kept copy: its signature, its shingle count (which turns Jaccard into overlap) and its facts
   * in their one-line form ({@link Facts#encode}), a fifth of the memory of the words as objects,
   * read back only to compare with a candidate; null for copies stored before facts were kept,
   * which confirm no later article.
   */
  record Copy(long[] sig, int shingles, String facts) {}

  final String id;
  final long firstSeen;
  // host -> the article that first brought it; insertion order is arrival order.
  final Map<String, String> sources = new LinkedHashMap<>();
  final List<Copy> copies = new ArrayList<>();
  // Changed since its state was last taken (see StoryIndex#changedStory).
  boolean changed = true;

  Story(String id, long firstSeen) {
    this.id = id;
    this.firstSeen = firstSeen;
  }

  /**
   * The number of sources the story had when {@code host} joined it: for a live article that brings
   * a new host this is the current count, and a replay of that article gets the same answer.
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

  /** The host that first reported the story. */
  String firstSource() {
    return sources.keySet().iterator().next();
  }

  /**
   * How {@code c} compares with this story: the best score of a kept copy that reaches {@code
   * threshold} and reports the same facts, else the best score with what told them apart.
   */
  Verdict verdict(Copy c, Facts facts, Measure m, double threshold) {
    double joined = -1, apart = -1;
    String why = null;
    for (Copy k : copies) {
      double s = score(k, c, m);
      if (s < threshold || s <= joined) continue;
      String d =
          k.facts() == null
              ? "stored without facts"
              : FactsCompare.difference(Facts.decode(k.facts()), facts);
      if (d == null) {
        joined = s;
      } else if (s > apart) {
        apart = s;
        why = d;
      }
    }
    return joined >= 0 ? new Verdict(joined, null) : new Verdict(apart, why);
  }

  /** A candidate story's score, and why it was kept apart (null when the copy may join it). */
  record Verdict(double score, String difference) {}

  StoryIndexState.StoryState toState() {
    List<String> sigs = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    List<String> facts = new ArrayList<>();
    for (Copy c : copies) {
      facts.add(c.facts());
      sigs.add(Signer.encode(c.sig()));
      sizes.add(c.shingles());
    }
    return new StoryIndexState.StoryState(
        id,
        firstSeen,
        List.copyOf(sources.keySet()),
        List.copyOf(sources.values()),
        null,
        sizes,
        facts,
        null,
        sigs);
  }

  static Story fromState(StoryIndexState.StoryState s, Signer signer) {
    Story story = new Story(s.storyId(), s.firstSeenEpochMilli());
    for (int i = 0; i < s.sourceHosts().size(); i++) {
      story.sources.put(s.sourceHosts().get(i), s.sourceArticleIds().get(i));
    }
    for (int i = 0; i < s.minhashes().size(); i++) {
      long[] sig = signer.decode(s.minhashes().get(i));
      String f = s.facts().get(i);
      if (f != null) Facts.decode(f); // refuse a malformed record now, not at the first comparison
      story.copies.add(new Copy(sig, s.shingleCounts().get(i), f));
    }
    return story;
  }
}
