package dev.vigil.match;

import dev.vigil.article.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/** What the matching benchmarks share: the workload, the article pool, and the setup record. */
final class BenchSupport {
  /**
   * Distinct articles each benchmark cycles through (the same pool, in the same order, for all).
   */
  static final int ARTICLES = 2_000;

  private static Workload workload;
  private static List<Article> articles;

  private BenchSupport() {}

  static synchronized Workload workload() {
    if (workload == null) {
      workload = new Workload();
    }
    return workload;
  }

  static synchronized List<Article> articles() {
    if (articles == null) {
      articles = workload().articles(ARTICLES, 42);
    }
    return articles;
  }

  /** Thread CPU milliseconds per call of {@code op} over articles [from, from + count). */
  static double cpuMillis(
      List<Article> pool, int from, int count, java.util.function.Consumer<Article> op) {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long t0 = bean.getCurrentThreadCpuTime();
    for (int i = from; i < from + count; i++) {
      op.accept(pool.get(i));
    }
    return (bean.getCurrentThreadCpuTime() - t0) / 1e6 / count;
  }

  /** Heap in use after a full collection. */
  static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * One line per trial setup, read by {@link BenchReport}: implementation, queries, compile
   * seconds, heap MB, Monitor entries, match rate, articles sampled, candidates run per article,
   * CPU milliseconds per article on one thread (measured in setup, after a warm-up pass).
   */
  static void record(
      String impl,
      int queries,
      double compileSeconds,
      long heapBytes,
      long monitorEntries,
      double matchRate,
      int sampled,
      double candidates,
      double cpuMillis) {
    String line =
        String.format(
            Locale.ROOT,
            "%s\t%d\t%.3f\t%.1f\t%d\t%.5f\t%d\t%.1f\t%.3f%n",
            impl,
            queries,
            compileSeconds,
            heapBytes / 1048576.0,
            monitorEntries,
            matchRate,
            sampled,
            candidates,
            cpuMillis);
    System.out.print("[setup] " + line);
    Path out =
        Path.of(System.getenv().getOrDefault("VIGIL_BENCH_SETUP", "target/jmh-matching-setup.tsv"));
    try {
      Files.writeString(
          out, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
