package dev.vigil.match;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a benchmark: an A/B of RuleSet.match between builds, in one JVM. Each benchmarks.jar is
 * loaded in a class loader of its own; they match the same workload articles in turn, a batch each,
 * and each batch's thread CPU time is compared with the first jar's batch of the same round. The
 * machine's speed drifts by tens of percent from one minute to the next, so runs of separate JVMs
 * cannot tell a 5% change; batches side by side can. Run through {@code bench/ab.sh}, or {@code
 * bench/engines.sh} for the two matching engines of one build ({@code JAR JAR@stock}). System
 * properties: queries (10000), rounds (30), batch (200 articles), warmup (20 s).
 */
public final class MatchAB {
  private MatchAB() {}

  /** One build's RuleSet over the workload, reached by reflection through its own class loader. */
  private static final class Build {
    final String name;
    final Object set;
    final Method match;
    final List<?> articles;

    /**
     * @param spec a benchmarks.jar, or {@code JAR@stock} for its RuleSet on the stock Lucene
     *     Monitor engine ({@code matching.engine: stock})
     */
    Build(String spec, int queries) throws ReflectiveOperationException, java.io.IOException {
      String[] parts = spec.split("@", 2);
      String jar = parts[0];
      String engine = parts.length > 1 ? parts[1] : null;
      name = new File(jar).getName() + (engine == null ? "" : " (" + engine + ")");
      ClassLoader cl =
          new URLClassLoader(
              new URL[] {new File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> support = cl.loadClass("dev.vigil.match.BenchSupport");
      Object workload = call(support, "workload", null);
      articles = (List<?>) call(support, "articles", null);
      Class<?> w = cl.loadClass("dev.vigil.match.Workload");
      Method queriesOf = w.getDeclaredMethod("queries", int.class);
      Method rules = w.getDeclaredMethod("rules", List.class);
      Field entities = w.getDeclaredField("entities");
      for (var m : List.of(queriesOf, rules, entities)) {
        m.setAccessible(true);
      }
      Class<?> ruleSet = cl.loadClass("dev.vigil.match.RuleSet");
      Object ruleSpecs = rules.invoke(null, queriesOf.invoke(workload, queries));
      if (engine == null) {
        set =
            ruleSet
                .getMethod("compile", List.class, List.class)
                .invoke(null, ruleSpecs, entities.get(workload));
      } else {
        Class<?> tagger = cl.loadClass("dev.vigil.match.entity.EntityTagger");
        Class<?> settings = cl.loadClass("dev.vigil.config.MatchSettings");
        Class<?> kind = cl.loadClass("dev.vigil.config.MatchSettings$Engine");
        Object chosen =
            settings
                .getMethod("withEngine", kind)
                .invoke(
                    settings.getField("DEFAULT").get(null),
                    kind.getMethod("valueOf", String.class)
                        .invoke(null, engine.toUpperCase(java.util.Locale.ROOT)));
        set =
            ruleSet
                .getMethod("compile", List.class, List.class, tagger, settings)
                .invoke(
                    null,
                    ruleSpecs,
                    entities.get(workload),
                    tagger.getField("NONE").get(null),
                    chosen);
      }
      match = ruleSet.getMethod("match", cl.loadClass("dev.vigil.article.Article"));
    }

    private static Object call(Class<?> c, String method, Object target)
        throws ReflectiveOperationException {
      Method m = c.getDeclaredMethod(method);
      m.setAccessible(true);
      return m.invoke(target);
    }

    void run(int from, int n) throws ReflectiveOperationException {
      for (int i = from; i < from + n; i++) {
        match.invoke(set, articles.get(i % articles.size()));
      }
    }
  }

  public static void main(String[] jars) throws Exception {
    int rounds = Integer.getInteger("rounds", 30);
    int batch = Integer.getInteger("batch", 200);
    List<Build> builds = new ArrayList<>();
    for (String jar : jars) {
      builds.add(new Build(jar, Integer.getInteger("queries", 10_000)));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int at = 0;
    for (long end = System.nanoTime() + Long.getLong("warmup", 20) * 1_000_000_000L;
        System.nanoTime() < end;
        at += batch) {
      for (Build b : builds) {
        b.run(at, batch);
      }
    }
    double[][] ms = new double[builds.size()][rounds];
    for (int r = 0; r < rounds; r++, at += batch) {
      for (int k = 0; k < builds.size(); k++) {
        int i = (k + r) % builds.size(); // who goes first changes every round
        long t0 = cpu.getCurrentThreadCpuTime();
        builds.get(i).run(at, batch);
        ms[i][r] = (cpu.getCurrentThreadCpuTime() - t0) / 1e6 / batch;
      }
    }
    for (int k = 0; k < builds.size(); k++) {
      double[] s = ms[k].clone();
      Arrays.sort(s);
      System.out.printf(
          "%-28s median %.3f CPU ms per article%n", builds.get(k).name, s[rounds / 2]);
    }
    for (int k = 1; k < builds.size(); k++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = ms[k][r] / ms[0][r];
      }
      Arrays.sort(ratio);
      System.out.printf(
          "%s / %s: median %.3f (quartiles %.3f .. %.3f)%n",
          builds.get(k).name,
          builds.get(0).name,
          ratio[rounds / 2],
          ratio[rounds / 4],
          ratio[3 * rounds / 4]);
    }
    System.exit(0); // the builds' Monitors have purge threads
  }
}
