package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.engine.HighlightMatcher;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.monitor.Monitor;
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
 * Vigil's own matcher, as the daemon runs it: {@link RuleSet#compile} over the rules and the
 * 1,000-entity watchlist, then {@link RuleSet#match} per article (document build, presearch,
 * candidate queries with highlights, entity hits, spans and snippets). One op = one article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-XX:+UseG1GC"})
public class VigilRuleSetBench {
  @Param({"1000", "10000", "100000"})
  public int queries;

  private RuleSet set;
  private List<Article> articles;

  @Setup(Level.Trial)
  public void setup() throws Exception {
    Workload w = BenchSupport.workload();
    articles = BenchSupport.articles();
    List<RuleSpec> rules = Workload.rules(w.queries(queries));
    long before = BenchSupport.usedHeap();
    long t0 = System.nanoTime();
    set = RuleSet.compile(rules, w.entities);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long heap = BenchSupport.usedHeap() - before;
    Monitor monitor = monitor(set);
    int sample = 500;
    long hits = 0;
    long run = 0;
    for (int i = 0; i < sample; i++) {
      Article a = articles.get(i);
      hits += set.match(a).size();
      run += monitor.match(ArticleDocument.of(a), QueryMatch.SIMPLE_MATCHER).getQueriesRun();
    }
    double cpu = BenchSupport.cpuMillis(articles, sample, 300, set::match);
    BenchSupport.record(
        "vigil",
        queries,
        seconds,
        heap,
        monitor.getQueryCount(),
        (double) hits / sample / queries,
        sample,
        (double) run / sample,
        cpu);
  }

  /** The tuned engine's Monitor inside {@code set}, to count the candidate queries it runs. */
  static Monitor monitor(RuleSet set) throws ReflectiveOperationException {
    return (Monitor) field(field(set, "engine"), "monitor");
  }

  /** The tuned engine's matcher inside {@code set}. */
  static HighlightMatcher matcher(RuleSet set) throws ReflectiveOperationException {
    return (HighlightMatcher) field(field(set, "engine"), "matcher");
  }

  private static Object field(Object o, String name) throws ReflectiveOperationException {
    Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    set.close();
  }

  @Benchmark
  @Threads(1)
  public List<RuleHit> threads1(ArticleCursor c) {
    return set.match(c.next(articles));
  }

  @Benchmark
  @Threads(2)
  public List<RuleHit> threads2(ArticleCursor c) {
    return set.match(c.next(articles));
  }
}
