package dev.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.MatchSettings;
import dev.vigil.config.RuleSpec;
import dev.vigil.config.WatchlistFile;
import dev.vigil.match.entity.EntityTagger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tuned engine and Lucene Monitor as it ships give the same hits, with the same spans, terms,
 * snippets and entities, on every article. This is the test to run after a Lucene upgrade: if the
 * tuned engine's private assumptions broke in a way that still compiles, the answers part here (and
 * {@code LuceneAssumptionsTest} names the assumption).
 */
class EngineEquivalenceTest {
  private static final MatchSettings TUNED = MatchSettings.DEFAULT;
  private static final MatchSettings STOCK = TUNED.withEngine(MatchSettings.Engine.STOCK);

  @Test
  void sameHitsOnTheLabelledSet() throws Exception {
    List<EntitySpec> entities = WatchlistFile.read(LabelledSetTest.FILE);
    List<LabelledSetTest.Case> cases = LabelledSetTest.cases();
    List<RuleSpec> rules =
        cases.stream().map(c -> new RuleSpec(c.id(), c.query(), List.of("log"))).toList();
    int hits = compare(rules, entities, cases.stream().map(LabelledSetTest.Case::article).toList());
    assertThat(hits).as("hits compared").isGreaterThan(cases.size() / 3);
  }

  @Test
  void sameHitsOnASeededWorkloadOf2500Rules() throws Exception {
    Workload w = new Workload();
    List<RuleSpec> rules = Workload.rules(w.queries(2_500));
    int hits = compare(rules, w.entities, w.articles(150, 7));
    assertThat(hits).as("hits compared").isGreaterThan(1_000);
  }

  /** Matches every article with both engines; returns how many hits were compared. */
  private static int compare(List<RuleSpec> rules, List<EntitySpec> entities, List<Article> as)
      throws Exception {
    int compared = 0;
    List<String> differ = new ArrayList<>();
    try (RuleSet tuned = RuleSet.compile(rules, entities, EntityTagger.NONE, TUNED);
        RuleSet stock = RuleSet.compile(rules, entities, EntityTagger.NONE, STOCK)) {
      for (Article a : as) {
        List<RuleHit> t = tuned.match(a);
        List<RuleHit> s = stock.match(a);
        if (!t.equals(s)) {
          differ.add(a.id() + ":\n  tuned " + t + "\n  stock " + s);
        }
        compared += t.size();
      }
    }
    assertThat(differ).as("articles the engines answer differently").isEmpty();
    return compared;
  }
}
