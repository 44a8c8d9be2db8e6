package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.VigilAnalyzer;
import dev.vigil.match.engine.HighlightMatcher;
import dev.vigil.match.query.QueryCompiler;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.Query;

/**
 * Not a benchmark: matches the workload's articles in a loop for a while and prints the rate and
 * the CPU time per article, to break the cost down or to run under a profiler ({@code java
 * -XX:StartFlightRecording=...}). {@code java -cp target/benchmarks.jar dev.vigil.match.MatchLoop
 * MODE [QUERIES] [SECONDS]}, MODE one of vigil (RuleSet.match), vigil-monitor (its Monitor, simple
 * matcher), vigil-monitor-hl (its Monitor, Lucene's highlights matcher), vigil-matcher (its Monitor
 * with the document and matcher RuleSet.match uses, before hits are built), default (default
 * Monitor, simple matcher), document (ArticleDocument.of only, every field), document-rules
 * (ArticleDocument.of, only the fields the rules read), analysis (document-rules, then each field
 * analysed as the Monitor does, without indexing).
 */
public final class MatchLoop {
  private MatchLoop() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "vigil";
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Workload w = BenchSupport.workload();
    List<Article> articles = BenchSupport.articles();
    List<RuleSpec> rules = Workload.rules(w.queries(n));
    long t0 = System.nanoTime();
    RuleSet set = RuleSet.compile(rules, w.entities);
    System.out.printf("compiled %d rules in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    Monitor vigilMonitor = VigilRuleSetBench.monitor(set);
    List<Monitor> closing = new ArrayList<>();
    ToIntFunction<Article> op =
        switch (mode) {
          case "vigil" -> a -> set.match(a).size();
          case "vigil-monitor" ->
              a ->
                  unchecked(
                      () ->
                          vigilMonitor
                              .match(ArticleDocument.of(a), QueryMatch.SIMPLE_MATCHER)
                              .getMatchCount());
          case "vigil-monitor-hl" ->
              a ->
                  unchecked(
                      () ->
                          vigilMonitor
                              .match(ArticleDocument.of(a), HighlightsMatch.MATCHER)
                              .getMatchCount());
          case "default" -> {
            Map<String, EntitySpec> byId = new HashMap<>();
            w.entities.forEach(e -> byId.put(e.id(), e));
            QueryCompiler compiler = new QueryCompiler(VigilAnalyzer.forQuery(), byId);
            List<MonitorQuery> mq = new ArrayList<>();
            for (RuleSpec r : rules) {
              mq.add(new MonitorQuery(r.id(), compiler.compile(r.query()), r.query(), Map.of()));
            }
            Monitor m = new Monitor(VigilAnalyzer.forIndex());
            m.register(mq);
            closing.add(m);
            yield a ->
                unchecked(
                    () ->
                        m.match(ArticleDocument.of(a), QueryMatch.SIMPLE_MATCHER).getMatchCount());
          }
          case "vigil-matcher" -> {
            HighlightMatcher matcher = VigilRuleSetBench.matcher(set);
            yield a ->
                unchecked(
                    () ->
                        vigilMonitor
                            .match(ArticleDocument.of(a, set.fields(), List.of()), matcher)
                            .getMatchCount());
          }
          case "vigil-none" -> {
            MatcherFactory<QueryMatch> none =
                searcher ->
                    new CandidateMatcher<>(searcher) {
                      @Override
                      protected void matchQuery(String id, Query q, Map<String, String> md) {}

                      @Override
                      public QueryMatch resolve(QueryMatch a, QueryMatch b) {
                        return a;
                      }
                    };
            yield a ->
                unchecked(
                    () ->
                        vigilMonitor
                            .match(ArticleDocument.of(a, set.fields(), List.of()), none)
                            .getQueriesRun());
          }
          case "document" -> a -> ArticleDocument.of(a).getFields().size();
          case "document-rules" ->
              a -> ArticleDocument.of(a, set.fields(), List.of()).getFields().size();
          case "analysis" -> {
            VigilAnalyzer analyzer = VigilAnalyzer.forIndex();
            yield a ->
                unchecked(() -> tokens(analyzer, ArticleDocument.of(a, set.fields(), List.of())));
          }
          default -> throw new IllegalArgumentException(mode);
        };
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < 2; pass++) {
      long end = System.nanoTime() + seconds * 1_000_000_000L / (pass == 0 ? 3 : 1);
      long start = System.nanoTime();
      long cpu0 = cpu.getCurrentThreadCpuTime();
      int done = 0;
      long hits = 0;
      while (System.nanoTime() < end) {
        hits += op.applyAsInt(articles.get(done % articles.size()));
        done++;
      }
      double s = (System.nanoTime() - start) / 1e9;
      double cpuMs = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6 / done;
      System.out.printf(
          "%s %s: %d articles in %.1f s: %.1f articles/s, %.3f CPU ms per article, %.2f hits per article%n",
          mode, pass == 0 ? "warm-up" : "measured", done, s, done / s, cpuMs, (double) hits / done);
    }
    set.close();
    for (Monitor m : closing) {
      m.close(); // its purge thread would keep the JVM running
    }
  }

  /**
   * Analyses the document's fields as the Monitor's MemoryIndex does, without storing the terms.
   */
  private static int tokens(VigilAnalyzer analyzer, Document doc) throws IOException {
    int n = 0;
    for (IndexableField f : doc.getFields()) {
      try (TokenStream ts = f.tokenStream(analyzer, null)) {
        ts.reset();
        while (ts.incrementToken()) {
          n++;
        }
        ts.end();
      }
    }
    return n;
  }

  interface IoInt {
    int get() throws Exception;
  }

  private static int unchecked(IoInt f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
  }
}
