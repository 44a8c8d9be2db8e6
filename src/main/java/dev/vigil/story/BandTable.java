package dev.vigil.story;

import java.util.Set;

/**
 * LSH buckets: a multimap from 64-bit band key to story, as an open-addressing table with linear
 * probing. Primitive keys cost ~16-32 bytes an entry where {@code HashMap<Long, List<Story>>} costs
 * ~90, and there are {@code bands} entries per kept copy, so this is most of the index's memory.
 * Not thread-safe: {@link StoryIndex} guards it.
 */
final class BandTable {
  private long[] keys = new long[1024];
  private Story[] values = new Story[1024];
  private int size;

  int size() {
    return size;
  }

  void put(long key, Story story) {
    // Load factor 3/4: linear probing stays short there, and the table is most of the memory.
    if ((size + 1) * 4L > keys.length * 3L) resize(keys.length * 2);
    int mask = keys.length - 1;
    int i = slot(key, mask);
    for (; values[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key && values[i] == story) return;
    }
    keys[i] = key;
    values[i] = story;
    size++;
  }

  void collect(long key, Set<Story> out) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key) out.add(values[i]);
    }
  }

  void remove(long key, Story story) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key && values[i] == story) {
        shiftBack(i, mask);
        size--;
        return;
      }
    }
  }

  // Backward-shift deletion keeps every probe run unbroken without tombstones, so lookups stay
  // short however many stories are evicted.
  private void shiftBack(int hole, int mask) {
    for (int j = (hole + 1) & mask; values[j] != null; j = (j + 1) & mask) {
      int home = slot(keys[j], mask);
      boolean stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
      if (!stays) {
        keys[hole] = keys[j];
        values[hole] = values[j];
        hole = j;
      }
    }
    keys[hole] = 0;
    values[hole] = null;
  }

  private void resize(int capacity) {
    long[] oldKeys = keys;
    Story[] oldValues = values;
    keys = new long[capacity];
    values = new Story[capacity];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++)
      if (oldValues[i] != null) put(oldKeys[i], oldValues[i]);
  }

  // Band keys are already mixed 64-bit hashes: their low bits are uniform.
  private static int slot(long key, int mask) {
    return (int) key & mask;
  }
}
