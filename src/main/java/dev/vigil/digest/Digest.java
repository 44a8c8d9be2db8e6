package dev.vigil.digest;

import dev.vigil.article.Hashing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One digest message of one channel: the waiting alerts grouped by rule (alphabetical), each rule's
 * stories in the order they first matched. Every alert is one (rule, story), with the number of
 * other sources that carried the story.
 *
 * @param id stable for the same set of alerts, so a digest repeated after a crash carries the same
 *     idempotency key
 */
public record Digest(String id, String channel, Map<String, List<DigestEntry>> byRule, int size) {

  public static Digest of(String channel, List<DigestEntry> entries) {
    Map<String, List<DigestEntry>> grouped = new TreeMap<>();
    entries.stream()
        .sorted(Comparator.comparing((DigestEntry e) -> e.match().matchedAt()))
        .forEach(e -> grouped.computeIfAbsent(e.match().ruleId(), k -> new ArrayList<>()).add(e));
    grouped.replaceAll((rule, list) -> List.copyOf(list));
    List<String> ids = entries.stream().map(e -> e.match().alertId()).sorted().toList();
    String id = "digest-" + Hashing.shortId(channel + "\n" + String.join("\n", ids));
    return new Digest(id, channel, java.util.Collections.unmodifiableMap(grouped), entries.size());
  }

  /** Every alert of the digest, rule by rule. */
  public List<DigestEntry> entries() {
    return byRule.values().stream().flatMap(List::stream).toList();
  }
}
