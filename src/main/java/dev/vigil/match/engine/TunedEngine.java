package dev.vigil.match.engine;

import java.io.IOException;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;

/**
 * Lucene Monitor with Vigil's parts: the presearcher's article side ({@link Presearchers}), the
 * query index's ids held in memory ({@link QueryIdsFormat}), and a matcher that plans each query
 * once and runs each distinct clause once per article ({@link HighlightMatcher}). The same answers
 * as {@link StockEngine}, faster (docs/benchmarks.md has the figures).
 */
final class TunedEngine implements MatchEngine {
  private final Monitor monitor;
  private final HighlightMatcher matcher;

  TunedEngine(Analyzer analyzer, int queries, ToIntFunction<String> slot) throws IOException {
    this.monitor =
        new Monitor(analyzer, Presearchers.create(), QueryIdsFormat.monitorConfiguration());
    this.matcher = new HighlightMatcher(queries, slot);
  }

  @Override
  public void register(List<MonitorQuery> queries) throws IOException {
    monitor.register(queries);
  }

  @Override
  public Result match(Document article) throws IOException {
    MatchingQueries<QueryHit> m = monitor.match(article, matcher);
    return new Result(List.copyOf(m.getMatches()), m.getErrors());
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }
}
