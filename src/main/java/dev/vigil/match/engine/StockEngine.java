package dev.vigil.match.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;

/**
 * Lucene Monitor as it ships, through its public API only: its multipass presearcher (with the same
 * passes and field weights as the tuned engine), its default configuration, and {@link
 * HighlightsMatch#MATCHER}. Slower, but free of the tuned engine's assumptions about Lucene's
 * internals.
 */
final class StockEngine implements MatchEngine {
  private final Monitor monitor;
  private final ToIntFunction<String> slot;

  StockEngine(Analyzer analyzer, ToIntFunction<String> slot) throws IOException {
    this.monitor =
        new Monitor(
            analyzer,
            new MultipassTermFilteredPresearcher(
                Presearchers.PASSES, 0f, Presearchers.WEIGHTOR, List.of(), Set.of()));
    this.slot = slot;
  }

  @Override
  public void register(List<MonitorQuery> queries) throws IOException {
    monitor.register(queries);
  }

  @Override
  public Result match(Document article) throws IOException {
    MatchingQueries<HighlightsMatch> m = monitor.match(article, HighlightsMatch.MATCHER);
    List<QueryHit> hits = new ArrayList<>(m.getMatchCount());
    for (HighlightsMatch h : m.getMatches()) {
      hits.add(
          new QueryHit(h.getQueryId(), slot.applyAsInt(h.getQueryId()), List.of(Clause.of(h))));
    }
    return new Result(hits, m.getErrors());
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }
}
