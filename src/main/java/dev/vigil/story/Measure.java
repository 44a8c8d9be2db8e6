package dev.vigil.story;

/**
 * How two texts' shingle sets are compared, both estimated from MinHash signatures and set sizes.
 *
 * <p>{@link #OVERLAP} is the default because it is measured to separate the labelled pairs better
 * (docs/stories.md): a copy cut short by its feed (a teaser, "continue reading") shares almost all
 * of its shingles with the full text, yet its Jaccard similarity is low because the full text is
 * much larger; a follow-up story sharing a background paragraph shares a minority of either.
 */
public enum Measure {
  /** |A ∩ B| / |A ∪ B|: the MinHash estimate itself. */
  JACCARD,
  /** |A ∩ B| / min(|A|, |B|) (overlap coefficient), with |A ∩ B| = J (|A| + |B|) / (1 + J). */
  OVERLAP;

  public double score(double jaccard, int sizeA, int sizeB) {
    if (this == JACCARD || jaccard <= 0) return jaccard;
    double intersection = jaccard * (sizeA + sizeB) / (1 + jaccard);
    return Math.min(1.0, intersection / Math.min(sizeA, sizeB));
  }
}
