package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.config.ConfigException;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.TermFilteredPresearcher;

/**
 * The matching stage's entry point: every rule compiled once into a Lucene Monitor, then each
 * article is matched against all of them at once.
 */
public final class RuleSet implements AutoCloseable {
  private final Monitor monitor;
  private final Map<String, RuleSpec> rules = new HashMap<>();

  private RuleSet(Monitor monitor) {
    this.monitor = monitor;
  }

  /**
   * Compiles every rule. @throws ConfigException listing each rule that does not compile, with
   * the column and reason.
   */
  public static RuleSet compile(List<RuleSpec> rules, List<EntitySpec> entities) {
    Map<String, EntitySpec> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    QueryCompiler compiler = new QueryCompiler(VigilAnalyzer.forQuery(), byId);
    List<MonitorQuery> queries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (RuleSpec r : rules) {
      try {
        queries.add(new MonitorQuery(r.id(), compiler.compile(r.query()), r.query(), Map.of()));
      } catch (QueryException e) {
        problems.add("rule '" + r.id() + "': query '" + r.query() + "': " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    try {
      RuleSet set = new RuleSet(new Monitor(VigilAnalyzer.forIndex(), new TermFilteredPresearcher()));
      set.monitor.register(queries);
      rules.forEach(r -> set.rules.put(r.id(), r));
      return set;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int size() {
    return rules.size();
  }

  /** The rules that match the article, with the matched text of each. */
  public List<RuleHit> match(Article article) {
    MatchingQueries<HighlightsMatch> result;
    try {
      result = monitor.match(ArticleDocument.of(article), HighlightsMatch.MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<RuleHit> hits = new ArrayList<>();
    for (HighlightsMatch m : result.getMatches()) {
      RuleSpec rule = rules.get(m.getQueryId());
      hits.add(new RuleHit(rule.id(), rule.channels(), terms(article, m)));
    }
    hits.sort(java.util.Comparator.comparing(RuleHit::ruleId));
    return hits;
  }

  private static List<String> terms(Article article, HighlightsMatch m) {
    Set<String> terms = new LinkedHashSet<>();
    for (String field : m.getFields()) {
      String text = ArticleDocument.fieldText(article, field);
      Collection<HighlightsMatch.Hit> fieldHits = m.getHits(field);
      for (HighlightsMatch.Hit h : fieldHits) {
        if (h.startOffset >= 0 && h.endOffset <= text.length() && h.startOffset < h.endOffset) {
          terms.add(text.substring(h.startOffset, h.endOffset));
        }
      }
    }
    return List.copyOf(terms);
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }
}
