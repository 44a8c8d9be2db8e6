package dev.vigil.digest;

import dev.vigil.article.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deferred alerts of one channel, grouped by rule and then by story, ready to render as one message. */
public record Digest(String channel, Map<String, List<List<Match>>> byRule, int size) {

  /**
   * Groups matches by rule (alphabetical), then by story key (first copy first, in match order).
   *
   * @param storyKey the story a match belongs to (its article id when no grouping is known)
   */
  public static Digest of(String channel, List<Match> matches, java.util.function.Function<Match, String> storyKey) {
    Map<String, Map<String, List<Match>>> grouped = new java.util.TreeMap<>();
    matches.stream().sorted(Comparator.comparing(Match::matchedAt)).forEach(m -> grouped
        .computeIfAbsent(m.ruleId(), k -> new LinkedHashMap<>())
        .computeIfAbsent(storyKey.apply(m), k -> new ArrayList<>())
        .add(m));
    Map<String, List<List<Match>>> out = new LinkedHashMap<>();
    grouped.forEach((rule, stories) -> out.put(rule, List.copyOf(stories.values())));
    return new Digest(channel, out, matches.size());
  }
}
