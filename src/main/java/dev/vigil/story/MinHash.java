package dev.vigil.story;

import java.util.Arrays;

/**
 * MinHash signatures over 64-bit shingle hashes.
 *
 * <p>Hash function i is {@code mix64(x ^ seed_i)}; mix64 is a bijection, so each function is a
 * pseudo-random permutation of the 64-bit space. The seeds come from a fixed SplitMix64 sequence,
 * so every instance built with the same (n, seed) computes the same signature: signatures can be
 * persisted and compared across restarts and processes.
 */
public final class MinHash {
  public static final long DEFAULT_SEED = 0x5EED_0F_5702L;

  private final long[] seeds;

  public MinHash(int n, long seed) {
    if (n < 1) throw new IllegalArgumentException("n must be >= 1: " + n);
    seeds = new long[n];
    long state = seed;
    for (int i = 0; i < n; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = Mix.mix64(state);
    }
  }

  public int size() {
    return seeds.length;
  }

  /** The signature of a shingle set; an empty set gives all {@code Long.MAX_VALUE}. */
  public long[] signature(long[] shingles) {
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = Mix.mix64(x ^ seeds[i]);
        if (h < sig[i]) sig[i] = h;
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity: the fraction of positions where the two signatures agree. */
  public static double similarity(long[] a, long[] b) {
    if (a.length != b.length) throw new IllegalArgumentException("signature sizes differ");
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
    return (double) same / a.length;
  }
}
