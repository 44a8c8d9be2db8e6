package dev.vigil.match.engine;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * An open-addressing table from a term's hash to a non-negative int (an ord, where a record
 * starts): one long per slot, the hash in the high half and the value + 1 in the low half, 0 for
 * empty, at most half full. A probe reads one array, so a slot whose hash differs costs nothing
 * outside it; the caller confirms a slot whose hash agrees by comparing the term itself.
 */
final class HashSlots {
  private final long[] slots;
  private final int mask;

  HashSlots(int entries) {
    slots = new long[Integer.highestOneBit(Math.max(entries, 1) * 2 - 1) * 2];
    mask = slots.length - 1;
  }

  static int hash(BytesRef term) {
    return StringHelper.murmurhash3_x86_32(term, 0x9E3779B9);
  }

  void put(int hash, int value) {
    int slot = hash & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = (long) hash << 32 | (value + 1);
  }

  /** The first slot holding {@code hash}, or -1; go on with {@link #next}. */
  int first(int hash) {
    return scan(hash & mask, hash);
  }

  /** The slot after {@code slot} holding {@code hash}, or -1. */
  int next(int slot, int hash) {
    return scan((slot + 1) & mask, hash);
  }

  int value(int slot) {
    return (int) slots[slot] - 1;
  }

  private int scan(int slot, int hash) {
    for (; slots[slot] != 0; slot = (slot + 1) & mask) {
      if ((int) (slots[slot] >>> 32) == hash) {
        return slot;
      }
    }
    return -1;
  }
}
