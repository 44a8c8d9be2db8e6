package dev.vigil.feed;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The compact memory of a feed's recent entries: 8 bytes each, kept in {@link FeedState#seen()} as
 * unpadded base64url. Each entry packs the first 40 bits of its article id, a 12-bit fingerprint of
 * its normalised link and a 12-bit fingerprint of its normalised text (title, summary, content). 40
 * bits make a false "seen" among a feed's few dozen entries a chance of about 1 in 10^10.
 */
final class SeenEntries {
  private static final int FP_BITS = 12;
  private static final long FP_MASK = (1L << FP_BITS) - 1;

  private SeenEntries() {}

  /** The 40-bit key of an article id (32 hex digits). */
  static long key(String articleId) {
    return Long.parseLong(articleId.substring(0, 10), 16);
  }

  static long pack(long key, int linkFp, int textFp) {
    return key << 24 | (linkFp & FP_MASK) << FP_BITS | (textFp & FP_MASK);
  }

  static long keyOf(long packed) {
    return packed >>> 24;
  }

  static int linkFp(long packed) {
    return (int) (packed >>> FP_BITS & FP_MASK);
  }

  static int textFp(long packed) {
    return (int) (packed & FP_MASK);
  }

  /** A 12-bit fingerprint of a normalised link; 0 only when there is none. */
  static int linkFingerprint(String normalisedLink) {
    return normalisedLink == null || normalisedLink.isBlank()
        ? 0
        : nonZero(fold(fnv(normalisedLink)));
  }

  /**
   * A 12-bit fingerprint of the text after Unicode NFKC, lower-casing and collapsing whitespace, so
   * re-wrapping, spacing or case changes are not updates but any change of words is.
   */
  static int textFingerprint(String title, String summary, String content) {
    String t =
        String.join(
            "\n",
            title == null ? "" : title,
            summary == null ? "" : summary,
            content == null ? "" : content);
    String norm =
        Normalizer.normalize(t, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .strip();
    return fold(fnv(norm));
  }

  static List<Long> decode(byte[] seen) {
    List<Long> out = new ArrayList<>();
    if (seen == null || seen.length == 0) {
      return out;
    }
    ByteBuffer b = ByteBuffer.wrap(seen);
    while (b.remaining() >= Long.BYTES) {
      out.add(b.getLong());
    }
    return out;
  }

  static byte[] encode(List<Long> entries) {
    ByteBuffer b = ByteBuffer.allocate(entries.size() * Long.BYTES);
    entries.forEach(b::putLong);
    return b.array();
  }

  /**
   * 64-bit FNV-1a over the UTF-16 units: fast, and only fingerprints, not identities, depend on it.
   */
  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  private static int fold(long h) {
    h ^= h >>> 32;
    h ^= h >>> 16;
    return (int) (h & FP_MASK);
  }

  private static int nonZero(int fp) {
    return fp == 0 ? 1 : fp;
  }
}
