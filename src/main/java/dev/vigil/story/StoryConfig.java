package dev.vigil.story;

import java.time.Duration;

/**
 * Parameters of a {@link StoryIndex}. The defaults are the measured ones: see docs/stories.md.
 *
 * @param window how long after its first copy a story still collects copies
 * @param maxStories the most stories held; the oldest go first beyond it (bounds memory)
 * @param shingleK words per shingle
 * @param numHashes MinHash signature length
 * @param bands LSH bands; {@code bands * rows} must not exceed {@code numHashes}
 * @param rows signature rows per band
 * @param measure how a candidate is compared with a story's copies
 * @param threshold the score under {@code measure} a candidate must reach to join a story
 * @param minShingles texts with fewer shingles are never merged (too short to tell apart)
 * @param maxSignaturesPerStory copies whose signatures are kept to match later copies against
 * @param seed MinHash seed; signatures made with another seed are not comparable
 */
public record StoryConfig(
    Duration window,
    int maxStories,
    int shingleK,
    int numHashes,
    int bands,
    int rows,
    Measure measure,
    double threshold,
    int minShingles,
    int maxSignaturesPerStory,
    long seed) {

  public StoryConfig {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive");
    }
    if (maxStories < 1 || shingleK < 1 || numHashes < 1 || bands < 1 || rows < 1) {
      throw new IllegalArgumentException("counts must be positive");
    }
    if ((long) bands * rows > numHashes) {
      throw new IllegalArgumentException("bands * rows exceeds numHashes");
    }
    if (measure == null) throw new IllegalArgumentException("measure is required");
    if (!(threshold > 0 && threshold <= 1))
      throw new IllegalArgumentException("threshold in (0,1]");
    if (minShingles < 1 || maxSignaturesPerStory < 1) {
      throw new IllegalArgumentException("minShingles and maxSignaturesPerStory must be >= 1");
    }
  }

  public static StoryConfig defaults() {
    return new StoryConfig(
        Duration.ofHours(48),
        20_000,
        3,
        256,
        64,
        2,
        Measure.OVERLAP,
        0.55,
        4,
        4,
        MinHash.DEFAULT_SEED);
  }

  public StoryConfig withThreshold(double t) {
    return new StoryConfig(
        window,
        maxStories,
        shingleK,
        numHashes,
        bands,
        rows,
        measure,
        t,
        minShingles,
        maxSignaturesPerStory,
        seed);
  }

  public StoryConfig withShingleK(int k) {
    return new StoryConfig(
        window,
        maxStories,
        k,
        numHashes,
        bands,
        rows,
        measure,
        threshold,
        minShingles,
        maxSignaturesPerStory,
        seed);
  }

  public StoryConfig withMeasure(Measure m) {
    return new StoryConfig(
        window,
        maxStories,
        shingleK,
        numHashes,
        bands,
        rows,
        m,
        threshold,
        minShingles,
        maxSignaturesPerStory,
        seed);
  }

  public StoryConfig withLsh(int n, int b, int r) {
    return new StoryConfig(
        window,
        maxStories,
        shingleK,
        n,
        b,
        r,
        measure,
        threshold,
        minShingles,
        maxSignaturesPerStory,
        seed);
  }

  public StoryConfig withLimits(Duration w, int max) {
    return new StoryConfig(
        w,
        max,
        shingleK,
        numHashes,
        bands,
        rows,
        measure,
        threshold,
        minShingles,
        maxSignaturesPerStory,
        seed);
  }
}
