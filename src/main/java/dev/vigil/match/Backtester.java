package dev.vigil.match;

import dev.vigil.article.Article;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/** Replays stored articles through a rule set: hit counts and sample hits per rule. */
public final class Backtester {
  private static final int PROGRESS_EVERY = 1000;

  private Backtester() {}

  /** One article a rule matched. */
  @Serdeable
  public record Sample(
      String articleId, String title, String link, Instant published, List<String> terms) {}

  /** What a backtest found. */
  @Serdeable
  public record Report(long scanned, Map<String, Long> hits, Map<String, List<Sample>> samples) {}

  public static Report run(
      RuleSet rules, Iterable<Article> articles, int samplesPerRule, LongConsumer progress) {
    long scanned = 0;
    Map<String, Long> hits = new TreeMap<>();
    Map<String, List<Sample>> samples = new TreeMap<>();
    for (Article a : articles) {
      scanned++;
      for (RuleHit h : rules.match(a)) {
        hits.merge(h.ruleId(), 1L, Long::sum);
        List<Sample> s = samples.computeIfAbsent(h.ruleId(), k -> new ArrayList<>());
        if (s.size() < samplesPerRule) {
          s.add(new Sample(a.id(), a.title(), a.link(), a.published(), h.terms()));
        }
      }
      if (scanned % PROGRESS_EVERY == 0) {
        progress.accept(scanned);
      }
    }
    progress.accept(scanned);
    return new Report(scanned, hits, samples);
  }
}
