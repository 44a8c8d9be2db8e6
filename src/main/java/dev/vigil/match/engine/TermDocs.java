package dev.vigil.match.engine;

import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * One field of the Monitor's query index, in memory: for each term, the query documents indexed
 * under it in each presearch pass. An article looks up each of its terms, and the table is too
 * large to stay in a core's cache between articles, so the layout is chosen for few memory misses:
 * a slot of the hash table holds the term's hash and where its record starts, and the record holds,
 * side by side, the term's bytes and its documents pass by pass. A lookup reads the slot, then one
 * record: two misses, where a map of term objects to arrays of arrays took seven.
 */
final class TermDocs {
  static final TermDocs EMPTY = of(Map.of(), 1);

  /** Each term's record, by where it starts. */
  private final HashSlots slots;

  /**
   * Per term: its byte length, its bytes four to an int, then for each pass the number of documents
   * followed by the documents.
   */
  private final int[] records;

  private final int passes;

  private TermDocs(HashSlots slots, int[] records, int passes) {
    this.slots = slots;
    this.records = records;
    this.passes = passes;
  }

  /**
   * @param terms each term's documents by pass (a null or missing pass: none)
   */
  static TermDocs of(Map<BytesRef, int[][]> terms, int passes) {
    HashSlots slots = new HashSlots(terms.size());
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
      slots.put(HashSlots.hash(t), at);
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
    int h = HashSlots.hash(term);
    for (int slot = slots.first(h); slot >= 0; slot = slots.next(slot, h)) {
      int at = slots.value(slot);
      if (sameBytes(at, term)) {
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
      if (((records[at + 1 + i / 4] >>> (8 * (i % 4))) & 0xFF)
          != (term.bytes[term.offset + i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
