package dev.vigil.story;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word k-shingles of normalised text, each hashed to a 64-bit value.
 *
 * <p>Normalisation removes the differences syndication introduces without changing the story: case,
 * Unicode compatibility forms (full-width digits, ligatures, curly vs straight quotes once
 * punctuation is gone) and punctuation and spacing. Numbers are kept on purpose: they are often
 * what tells two stories on the same topic apart.
 */
public final class Shingles {
  // Every run of characters that are neither letters nor digits becomes one space: this strips
  // punctuation and collapses whitespace in a single pass.
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Shingles() {}

  public static String normalise(String text) {
    if (text == null || text.isEmpty()) return "";
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(s).replaceAll(" ").trim();
  }

  /**
   * The distinct hashes of the word k-shingles of {@code text}, sorted. A text of fewer than {@code
   * k} words has no shingles (and so cannot be compared reliably).
   */
  public static long[] hashes(String text, int k) {
    if (k < 1) throw new IllegalArgumentException("k must be >= 1: " + k);
    String norm = normalise(text);
    if (norm.isEmpty()) return new long[0];
    String[] words = norm.split(" ");
    if (words.length < k) return new long[0];
    long[] tokens = new long[words.length];
    for (int i = 0; i < words.length; i++) tokens[i] = fnv1a(words[i]);
    long[] out = new long[words.length - k + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 0;
      // Order-sensitive combination, so "a b c" and "c b a" differ.
      for (int j = 0; j < k; j++) h = Mix.mix64(h * 0x9E3779B97F4A7C15L + tokens[i + j]);
      out[i] = h;
    }
    Arrays.sort(out);
    return distinct(out);
  }

  private static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
    }
    return Arrays.copyOf(sorted, n);
  }

  // FNV-1a over UTF-16 code units: stable across JVMs and runs, unlike String.hashCode's 32 bits
  // it leaves shingle collisions negligible.
  private static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
