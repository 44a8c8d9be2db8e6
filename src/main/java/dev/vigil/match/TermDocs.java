package dev.vigil.match;

import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

/**
 * One field of the Monitor's query index, in memory: for each term, the query documents indexed
 * under it in each presearch pass. An article looks up each of its terms, and the table is too
 * large to stay in a core's cache between articles, so the layout is chosen for few memory
 * misses: a slot of the hash table holds the term's hash and where its record starts, and the
 * record holds, side by side, the term's bytes and its documents pass by pass. A lookup reads the
 * slot, then one record: two misses, where a map of term objects to arrays of arrays took seven.
 */
final class TermDocs {
  static final TermDocs EMPTY = of(Map.of(), 1);
  private static final int SEED = 0x5EED;
  /** Per slot: the term's hash in the high half, its record's start + 1 in the low half; 0 is empty. */
  private final long[] slots;
  /**
   * Per term: its byte length, its bytes four to an int, then for each pass the number of
   * documents followed by the documents.
   */
  private final int[] records;
  private final int passes;

  private TermDocs(long[] slots, int[] records, int passes) {
    this.slots = slots;
    this.records = records;
    this.passes = passes;
  }

  /** @param terms each term's documents by pass (a null or missing pass: none) */
  static TermDocs of(Map<BytesRef, int[][]> terms, int passes) {
    long[] slots = new long[Integer.highestOneBit(Math.max(terms.size(), 1) * 2 - 1) * 2];
    int size = 0;
    for (Map.Entry<BytesRef, int[][]> e : terms.entrySet()) {
      size += 1 + (e.getKey().length + 3) / 4 + passes;
      for (int[] d : e.getValue()) {
        size += d == null ? 0 : d.length;
      }
    }
    int[] records = new int[size];
    int at = 0;
    for (Map.Entry<BytesRef, int[][]> e : terms.entrySet()) {
      BytesRef t = e.getKey();
      int h = hash(t);
      int mask = slots.length - 1;
      int slot = h & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) h << 32 | (at + 1);
      records[at++] = t.length;
      for (int i = 0; i < t.length; i++) {
        records[at + i / 4] |= (t.bytes[t.offset + i] & 0xFF) << (8 * (i % 4));
      }
      at += (t.length + 3) / 4;
      for (int p = 0; p < passes; p++) {
        int[] d = p < e.getValue().length && e.getValue()[p] != null ? e.getValue()[p] : new int[0];
        records[at++] = d.length;
        System.arraycopy(d, 0, records, at, d.length);
        at += d.length;
      }
    }
    return new TermDocs(slots, records, passes);
  }

  boolean isEmpty() {
    return records.length == 0;
  }

  /** Marks, pass by pass, the documents indexed under {@code term}. */
  void addTo(BytesRef term, FixedBitSet[] byPass) {
    int h = hash(term);
    int mask = slots.length - 1;
    for (int slot = h & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      long s = slots[slot];
      int at = (int) s - 1;
      if ((int) (s >>> 32) == h && sameBytes(at, term)) {
        at += 1 + (term.length + 3) / 4;
        for (int p = 0; p < passes; p++) {
          for (int end = at + 1 + records[at++]; at < end; at++) {
            byPass[p].set(records[at]);
          }
        }
        return;
      }
    }
  }

  private boolean sameBytes(int at, BytesRef term) {
    if (records[at] != term.length) {
      return false;
    }
    for (int i = 0; i < term.length; i++) {
      if (((records[at + 1 + i / 4] >>> (8 * (i % 4))) & 0xFF) != (term.bytes[term.offset + i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(BytesRef b) {
    return StringHelper.murmurhash3_x86_32(b, SEED);
  }
}
