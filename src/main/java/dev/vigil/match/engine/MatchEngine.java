package dev.vigil.match.engine;

import dev.vigil.config.MatchSettings;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MonitorQuery;

/**
 * Runs the compiled queries against one article at a time and says which matched, and where. Two
 * engines answer alike: {@link TunedEngine}, Vigil's default, which replaces parts of Lucene
 * Monitor for speed and relies on details Lucene keeps private; and {@link StockEngine}, Lucene
 * Monitor as it ships. {@code matching.engine: stock} falls back to the latter, for instance when a
 * Lucene upgrade breaks one of the tuned engine's assumptions ({@code LuceneAssumptionsTest}).
 */
public interface MatchEngine extends Closeable {
  /** What one article matched: a hit per matching query, and the queries that failed on it. */
  record Result(List<QueryHit> hits, Map<String, Exception> errors) {}

  /** Registers the queries; each id must stand for its position, as {@code slot} reads it. */
  void register(List<MonitorQuery> queries) throws IOException;

  Result match(Document article) throws IOException;

  /**
   * The engine {@code kind} names, for {@code queries} queries whose ids {@code slot} maps to their
   * positions, with {@code analyzer} on the article side.
   */
  static MatchEngine create(
      MatchSettings.Engine kind, Analyzer analyzer, int queries, ToIntFunction<String> slot)
      throws IOException {
    return switch (kind) {
      case TUNED -> new TunedEngine(analyzer, queries, slot);
      case STOCK -> new StockEngine(analyzer, slot);
    };
  }
}
