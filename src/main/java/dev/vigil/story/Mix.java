package dev.vigil.story;

/** SplitMix64's finaliser: a fast bijective 64-bit mixer, so distinct inputs stay distinct. */
final class Mix {
  private Mix() {}

  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
