package dev.vigil.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The alerts waiting for a digest, per channel, as read back from their topic. Copies of one alert
 * (the same rule and story) merge into one entry that counts their sources.
 */
public final class DigestBook {
  private final Map<String, Map<String, DigestEntry>> byChannel = new HashMap<>();

  public synchronized void put(DigestEntry e) {
    byChannel
        .computeIfAbsent(e.channel(), k -> new LinkedHashMap<>())
        .merge(e.key(), e, DigestEntry::merge);
  }

  /** Forgets an entry by its key (a tombstone read back, or a digest sent). */
  public synchronized void remove(String key) {
    int slash = key.indexOf('/');
    Map<String, DigestEntry> entries = slash < 0 ? null : byChannel.get(key.substring(0, slash));
    if (entries != null) {
      entries.remove(key);
    }
  }

  public synchronized void clear() {
    byChannel.clear();
  }

  /** Channels with waiting alerts, in name order. */
  public synchronized Set<String> channels() {
    Set<String> out = new TreeSet<>();
    byChannel.forEach(
        (ch, entries) -> {
          if (!entries.isEmpty()) {
            out.add(ch);
          }
        });
    return out;
  }

  /** The channel's entries due at {@code now}, oldest match first. */
  public synchronized List<DigestEntry> due(String channel, Instant now) {
    List<DigestEntry> out = new ArrayList<>();
    for (DigestEntry e : byChannel.getOrDefault(channel, Map.of()).values()) {
      if (!e.due().isAfter(now)) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing((DigestEntry e) -> e.match().matchedAt()));
    return out;
  }

  public synchronized int size() {
    return byChannel.values().stream().mapToInt(Map::size).sum();
  }
}
