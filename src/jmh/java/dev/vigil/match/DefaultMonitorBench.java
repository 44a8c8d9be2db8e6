package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.VigilAnalyzer;
import dev.vigil.match.query.QueryCompiler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Bare Lucene Monitor with its defaults: {@code new Monitor(analyzer)} (TermFilteredPresearcher,
 * default length-based term weighting, default configuration), the same rules compiled by {@link
 * QueryCompiler} into the same Lucene queries, the same article documents ({@link
 * ArticleDocument#of}, built per op as in Vigil), and the simplest matcher ({@link
 * QueryMatch#SIMPLE_MATCHER}: ids only, no highlights, no entity-alias queries).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-XX:+UseG1GC"})
public class DefaultMonitorBench {
  @Param({"1000", "10000", "100000"})
  public int queries;

  private Monitor monitor;
  private List<Article> articles;

  @Setup(Level.Trial)
  public void setup() throws Exception {
    Workload w = BenchSupport.workload();
    articles = BenchSupport.articles();
    List<RuleSpec> rules = Workload.rules(w.queries(queries));
    long before = BenchSupport.usedHeap();
    long t0 = System.nanoTime();
    Map<String, EntitySpec> byId = new HashMap<>();
    w.entities.forEach(e -> byId.put(e.id(), e));
    QueryCompiler compiler = new QueryCompiler(VigilAnalyzer.forQuery(), byId);
    List<MonitorQuery> mq = new ArrayList<>(rules.size());
    for (RuleSpec r : rules) {
      mq.add(new MonitorQuery(r.id(), compiler.compile(r.query()), r.query(), Map.of()));
    }
    monitor = new Monitor(VigilAnalyzer.forIndex());
    monitor.register(mq);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long heap = BenchSupport.usedHeap() - before;
    int sample = 500;
    long hits = 0;
    long run = 0;
    for (int i = 0; i < sample; i++) {
      MatchingQueries<QueryMatch> m = match(articles.get(i));
      hits += m.getMatchCount();
      run += m.getQueriesRun();
    }
    double cpu =
        BenchSupport.cpuMillis(
            articles,
            sample,
            300,
            a -> {
              try {
                match(a);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    BenchSupport.record(
        "monitor-default",
        queries,
        seconds,
        heap,
        monitor.getQueryCount(),
        (double) hits / sample / queries,
        sample,
        (double) run / sample,
        cpu);
  }

  private MatchingQueries<QueryMatch> match(Article a) throws IOException {
    return monitor.match(ArticleDocument.of(a), QueryMatch.SIMPLE_MATCHER);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    monitor.close();
  }

  @Benchmark
  @Threads(1)
  public MatchingQueries<QueryMatch> threads1(ArticleCursor c) throws IOException {
    return match(c.next(articles));
  }

  @Benchmark
  @Threads(2)
  public MatchingQueries<QueryMatch> threads2(ArticleCursor c) throws IOException {
    return match(c.next(articles));
  }
}
