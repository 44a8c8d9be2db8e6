package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.VigilAnalyzer;
import dev.vigil.match.query.QueryCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;

/**
 * Not a benchmark: prints sample queries and an article, and checks that the three matchers answer
 * (nearly) alike on the workload, with the match rate of each. {@code java -cp
 * target/benchmarks.jar dev.vigil.match.WorkloadCheck [QUERIES] [ARTICLES]}
 */
public final class WorkloadCheck {
  private WorkloadCheck() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int sample = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Workload w = BenchSupport.workload();
    List<Article> articles = BenchSupport.articles().subList(0, sample);
    List<Workload.Q> qs = w.queries(n);
    List<RuleSpec> rules = Workload.rules(qs);
    System.out.println("== sample queries");
    rules
        .subList(0, Math.min(25, n))
        .forEach(r -> System.out.println("  " + r.id() + "  " + r.query()));
    System.out.println("== sample entity: " + w.entities.get(3));
    Article a0 = articles.get(0);
    System.out.println("== article 0 (" + ArticleDocument.content(a0).length() + " chars)");
    System.out.println(ArticleDocument.content(a0));
    System.out.printf(
        "== mean article length %.0f chars%n",
        articles.stream().mapToInt(a -> ArticleDocument.content(a).length()).average().orElse(0));

    RuleSet set = RuleSet.compile(rules, w.entities);
    Map<String, EntitySpec> byId = new HashMap<>();
    w.entities.forEach(e -> byId.put(e.id(), e));
    QueryCompiler compiler = new QueryCompiler(VigilAnalyzer.forQuery(), byId);
    Monitor bare = new Monitor(VigilAnalyzer.forIndex());
    List<MonitorQuery> mq = new ArrayList<>();
    for (RuleSpec r : rules) {
      mq.add(new MonitorQuery(r.id(), compiler.compile(r.query()), r.query(), Map.of()));
    }
    bare.register(mq);
    RegexBaselineBench regex = new RegexBaselineBench();
    regex.queries = n;
    List<List<Workload.RegexClause>> rx = new ArrayList<>();
    qs.forEach(q -> rx.add(q.regexRules()));

    long vigil = 0, monitor = 0, regexHits = 0, both = 0, bareDiff = 0;
    Map<String, int[]> byKind = new HashMap<>();
    for (Article a : articles) {
      Set<String> v = new HashSet<>();
      set.match(a).forEach(h -> v.add(h.ruleId()));
      Set<String> m = new HashSet<>();
      bare.match(ArticleDocument.of(a), QueryMatch.SIMPLE_MATCHER)
          .getMatches()
          .forEach(x -> m.add(x.getQueryId()));
      Set<String> r = new HashSet<>();
      for (int i = 0; i < n; i++) {
        boolean all = true;
        for (Workload.RegexClause c : rx.get(i)) {
          if (c.pattern().matcher(c.titleOnly() ? a.title() : ArticleDocument.content(a)).find()
              == c.negated()) {
            all = false;
            break;
          }
        }
        if (all) {
          r.add(rules.get(i).id());
        }
      }
      for (int i = 0; i < n; i++) {
        String kind = kind(qs.get(i));
        int[] k = byKind.computeIfAbsent(kind, x -> new int[3]);
        k[0]++;
        k[1] += v.contains(rules.get(i).id()) ? 1 : 0;
        k[2] += r.contains(rules.get(i).id()) ? 1 : 0;
      }
      vigil += v.size();
      monitor += m.size();
      regexHits += r.size();
      bareDiff += v.equals(m) ? 0 : 1;
      Set<String> inter = new HashSet<>(v);
      inter.retainAll(r);
      both += inter.size();
    }
    System.out.printf("== %d queries x %d articles%n", n, sample);
    System.out.printf(
        "match rate: vigil %.4f  bare monitor %.4f  regex %.4f%n",
        rate(vigil, sample, n), rate(monitor, sample, n), rate(regexHits, sample, n));
    System.out.printf("articles where vigil and bare monitor differ: %d%n", bareDiff);
    System.out.printf(
        "vigil & regex agree on %d hits; vigil only %d; regex only %d%n",
        both, vigil - both, regexHits - both);
    System.out.println("by kind: queries, vigil rate, regex rate");
    byKind.forEach(
        (k, v) ->
            System.out.printf(
                "  %-8s %6d  %.4f  %.4f%n",
                k, v[0] / sample, (double) v[1] / v[0], (double) v[2] / v[0]));
    set.close();
    bare.close();
  }

  private static double rate(long hits, int articles, int queries) {
    return (double) hits / articles / queries;
  }

  private static String kind(Workload.Q q) {
    String s = q.vigil();
    if (s.contains("@")) {
      return "entity";
    } else if (s.contains("*")) {
      return "prefix";
    } else if (s.contains("NOT")) {
      return "not";
    } else if (s.contains("title:")) {
      return "title";
    } else if (s.contains("NEAR")) {
      return "near";
    } else if (s.contains("\"")) {
      return "phrase";
    } else if (s.contains(" OR ")) {
      return "or";
    }
    return "and";
  }
}
