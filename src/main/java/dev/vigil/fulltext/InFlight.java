package dev.vigil.fulltext;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The offsets of each partition that are taken but not finished, and how far each partition may be
 * committed: up to its first unfinished offset, so a crash repeats what was in flight and skips
 * nothing, while finished records behind a slow one wait only for their commit.
 */
final class InFlight<P> {
  private final Map<P, TreeSet<Long>> open = new HashMap<>();
  private final Map<P, Long> next = new HashMap<>();
  private int size;

  void take(P partition, long offset) {
    if (open.computeIfAbsent(partition, k -> new TreeSet<>()).add(offset)) {
      size++;
    }
    next.merge(partition, offset + 1, Math::max);
  }

  void finish(P partition, long offset) {
    TreeSet<Long> o = open.get(partition);
    if (o != null && o.remove(offset)) {
      size--;
    }
  }

  /** How many records are taken and not finished. */
  int size() {
    return size;
  }

  int size(P partition) {
    TreeSet<Long> o = open.get(partition);
    return o == null ? 0 : o.size();
  }

  /** The offset to commit for each partition: its first unfinished one, or past its last taken. */
  Map<P, Long> committable() {
    Map<P, Long> out = new HashMap<>();
    next.forEach(
        (p, n) -> {
          TreeSet<Long> o = open.get(p);
          out.put(p, o == null || o.isEmpty() ? n : o.first());
        });
    return out;
  }

  /** Forgets a partition given to another consumer. */
  void drop(P partition) {
    TreeSet<Long> o = open.remove(partition);
    size -= o == null ? 0 : o.size();
    next.remove(partition);
  }
}
