package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.match.analysis.ArticleDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * The baseline: every rule as java.util.regex patterns run over every article, as Huginn's trigger
 * agent does. A rule is one case-insensitive pattern per AND-ed clause (words as {@code \bword\b},
 * OR groups as alternations, phrases with {@code \W+} between words, prefixes as {@code \bstem\w*},
 * entities as the alternation of their names, NEAR/n as a bounded gap in either order, NOT as a
 * pattern that must not find, title: over the title only); all must hold, checked in order,
 * stopping at the first that fails. No normalisation and no entity exclusions. 100,000 rules are
 * not run: at the measured 10,000-rule rate one article would take seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-XX:+UseG1GC"})
public class RegexBaselineBench {
  @Param({"1000", "10000"})
  public int queries;

  private List<List<Workload.RegexClause>> rules;
  private List<Article> articles;

  @Setup(Level.Trial)
  public void setup() {
    Workload w = BenchSupport.workload();
    articles = BenchSupport.articles();
    List<Workload.Q> qs = w.queries(queries);
    long before = BenchSupport.usedHeap();
    long t0 = System.nanoTime();
    rules = new ArrayList<>(qs.size());
    qs.forEach(q -> rules.add(q.regexRules()));
    double seconds = (System.nanoTime() - t0) / 1e9;
    long heap = BenchSupport.usedHeap() - before;
    int sample = queries <= 1000 ? 100 : 20;
    long[] hits = {0};
    double cpu = BenchSupport.cpuMillis(articles, 0, sample, a -> hits[0] += match(a));
    BenchSupport.record(
        "regex",
        queries,
        seconds,
        heap,
        rules.size(),
        (double) hits[0] / sample / queries,
        sample,
        queries,
        cpu);
  }

  /** The number of rules that match. */
  int match(Article a) {
    String title = a.title();
    String text = ArticleDocument.content(a);
    int hits = 0;
    for (List<Workload.RegexClause> rule : rules) {
      boolean all = true;
      for (Workload.RegexClause c : rule) {
        if (c.pattern().matcher(c.titleOnly() ? title : text).find() == c.negated()) {
          all = false;
          break;
        }
      }
      hits += all ? 1 : 0;
    }
    return hits;
  }

  @Benchmark
  @Threads(1)
  public int threads1(ArticleCursor c) {
    return match(c.next(articles));
  }

  @Benchmark
  @Threads(2)
  public int threads2(ArticleCursor c) {
    return match(c.next(articles));
  }
}
