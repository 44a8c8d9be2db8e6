package dev.vigil.match.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.match.Articles;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.VigilAnalyzer;
import dev.vigil.match.query.QueryCompiler;
import java.util.List;
import java.util.Map;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.junit.jupiter.api.Test;

public class PresearchersTest {
  private static MatchingQueries<QueryMatch> run(String query, String body) throws Exception {
    QueryCompiler c = new QueryCompiler(VigilAnalyzer.forQuery(), Map.of());
    try (Monitor m = new Monitor(VigilAnalyzer.forIndex(), Presearchers.create())) {
      m.register(List.of(new MonitorQuery("q", c.compile(query), query, Map.of())));
      return m.match(ArticleDocument.of(Articles.body(body)), QueryMatch.SIMPLE_MATCHER);
    }
  }

  @Test
  void aConjunctionIsNotTriedWithoutBothTerms() throws Exception {
    assertThat(run("wagner AND mali", "Wagner left Niger.").getQueriesRun()).isZero();
    assertThat(run("wagner AND mali", "Mali said Wagner left.").getMatchCount()).isEqualTo(1);
  }

  @Test
  void aMetadataClauseDoesNotMakeARuleRunOnEveryArticle() throws Exception {
    // every test article is on www.example.org, so only the content word can keep the rule out
    assertThat(run("domain:www.example.org wagner", "Nothing about it.").getQueriesRun()).isZero();
  }

  @Test
  void positionalQueriesAreStillFound() throws Exception {
    assertThat(run("case:US NEAR/2 strike", "A US drone strike.").getMatchCount()).isEqualTo(1);
    assertThat(run("syri*", "Syrian army").getMatchCount()).isEqualTo(1);
  }
}
