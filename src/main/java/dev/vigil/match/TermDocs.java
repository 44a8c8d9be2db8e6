package dev.vigil.match;

import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

/**
 * One field of the Monitor's query index, in memory: for each term, the query documents indexed
 * under it in each presearch pass. Terms, their documents and the hash table over them are flat
 * arrays, so that looking up one of an article's terms touches about four cache lines, where a
 * map of term objects to arrays of arrays touched seven; an article looks up each of its terms.
 */
final class TermDocs {
  static final TermDocs EMPTY = of(Map.of(), 1);
  private static final int SEED = 0x5EED;
  /** Per slot: the term's hash in the high half, its id + 1 in the low half; 0 is empty. */
  private final long[] slots;
  private final byte[] bytes;
  private final int[] termStart;
  /** Term {@code id}'s documents of pass {@code p} are docs[docStart[id * passes + p] ..docStart[.. + 1]). */
  private final int[] docStart;
  private final int[] docs;
  private final int passes;

  private TermDocs(long[] slots, byte[] bytes, int[] termStart, int[] docStart, int[] docs, int passes) {
    this.slots = slots;
    this.bytes = bytes;
    this.termStart = termStart;
    this.docStart = docStart;
    this.docs = docs;
    this.passes = passes;
  }

  /** @param terms each term's documents by pass (a null or missing pass: none) */
  static TermDocs of(Map<BytesRef, int[][]> terms, int passes) {
    int n = terms.size();
    long[] slots = new long[Integer.highestOneBit(Math.max(n, 1) * 2 - 1) * 2];
    int[] termStart = new int[n + 1];
    int[] docStart = new int[n * passes + 1];
    int byteCount = 0;
    int docCount = 0;
    for (Map.Entry<BytesRef, int[][]> e : terms.entrySet()) {
      byteCount += e.getKey().length;
      for (int[] d : e.getValue()) {
        docCount += d == null ? 0 : d.length;
      }
    }
    byte[] bytes = new byte[byteCount];
    int[] docs = new int[docCount];
    int id = 0;
    for (Map.Entry<BytesRef, int[][]> e : terms.entrySet()) {
      BytesRef t = e.getKey();
      System.arraycopy(t.bytes, t.offset, bytes, termStart[id], t.length);
      termStart[id + 1] = termStart[id] + t.length;
      for (int p = 0; p < passes; p++) {
        int[] d = p < e.getValue().length ? e.getValue()[p] : null;
        int at = docStart[id * passes + p];
        if (d != null) {
          System.arraycopy(d, 0, docs, at, d.length);
        }
        docStart[id * passes + p + 1] = at + (d == null ? 0 : d.length);
      }
      int h = hash(t);
      int mask = slots.length - 1;
      int slot = h & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) h << 32 | (id + 1);
      id++;
    }
    return new TermDocs(slots, bytes, termStart, docStart, docs, passes);
  }

  boolean isEmpty() {
    return termStart.length == 1;
  }

  /** Marks, pass by pass, the documents indexed under {@code term}. */
  void addTo(BytesRef term, FixedBitSet[] byPass) {
    int h = hash(term);
    int mask = slots.length - 1;
    for (int slot = h & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      long s = slots[slot];
      int id = (int) s - 1;
      if ((int) (s >>> 32) == h && Arrays.equals(bytes, termStart[id], termStart[id + 1],
          term.bytes, term.offset, term.offset + term.length)) {
        for (int p = 0; p < passes; p++) {
          for (int i = docStart[id * passes + p], end = docStart[id * passes + p + 1]; i < end; i++) {
            byPass[p].set(docs[i]);
          }
        }
        return;
      }
    }
  }

  private static int hash(BytesRef b) {
    return StringHelper.murmurhash3_x86_32(b, SEED);
  }
}
