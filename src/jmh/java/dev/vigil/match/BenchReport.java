package dev.vigil.match;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the matching benchmark's figures as a Markdown table: the JMH throughput (CSV result file)
 * joined with what each trial's setup recorded (compile time, heap, match rate). {@code java -cp
 * target/benchmarks.jar dev.vigil.match.BenchReport RESULTS.csv SETUP.tsv}
 */
public final class BenchReport {
  private BenchReport() {}

  record Score(double score, double error, int samples) {}

  public static void main(String[] args) throws Exception {
    Map<String, Score> scores = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      List<String> c = csv(line);
      if (c.size() < 8 || c.get(0).equals("Benchmark")) {
        continue;
      }
      String bench = c.get(0).replaceAll(".*\\.", "");
      String cls = c.get(0).replaceAll("\\.[^.]*$", "").replaceAll(".*\\.", "");
      scores.put(
          impl(cls) + "|" + c.get(7) + "|" + bench.replace("threads", ""),
          new Score(num(c.get(4)), num(c.get(5)), Integer.parseInt(c.get(3))));
    }
    Map<String, List<String[]>> setups = new LinkedHashMap<>();
    if (args.length > 1 && Files.exists(Path.of(args[1]))) {
      for (String line : Files.readAllLines(Path.of(args[1]))) {
        String[] f = line.split("\t");
        setups.computeIfAbsent(f[0] + "|" + f[1], k -> new ArrayList<>()).add(f);
      }
    }
    System.out.println(
        "| matcher | queries | threads | articles/s | ± error (99.9%) | compile s | heap MB | queries run per article | match rate | CPU ms per article |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String impl : List.of("vigil", "monitor-default", "regex")) {
      for (String q : List.of("1000", "10000", "100000")) {
        List<String[]> s = setups.getOrDefault(impl + "|" + q, List.of());
        for (String t : List.of("1", "2")) {
          Score sc = scores.get(impl + "|" + q + "|" + t);
          if (sc == null) {
            continue;
          }
          System.out.printf(
              Locale.ROOT,
              "| %s | %,d | %s | %,.1f | %,.1f | %s | %s | %s | %s | %s |%n",
              label(impl),
              Integer.parseInt(q),
              t,
              sc.score(),
              sc.error(),
              mean(s, 2, "%.2f"),
              mean(s, 3, "%,.0f"),
              impl.equals("regex") ? "all" : mean(s, 7, "%,.0f"),
              rate(s),
              mean(s, 8, "%.2f"));
        }
      }
    }
    System.out.println();
    for (String q : List.of("1000", "10000", "100000")) {
      for (String t : List.of("1", "2")) {
        Score v = scores.get("vigil|" + q + "|" + t);
        Score m = scores.get("monitor-default|" + q + "|" + t);
        Score r = scores.get("regex|" + q + "|" + t);
        if (v == null) {
          continue;
        }
        System.out.printf(
            Locale.ROOT,
            "- %,d queries, %s thread(s): Vigil / default Monitor = %s; Vigil / regex = %s%n",
            Integer.parseInt(q),
            t,
            m == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", v.score() / m.score()),
            r == null
                ? "n/a (not run)"
                : String.format(Locale.ROOT, "%.0fx", v.score() / r.score()));
      }
    }
  }

  private static String impl(String cls) {
    return switch (cls) {
      case "VigilRuleSetBench" -> "vigil";
      case "DefaultMonitorBench" -> "monitor-default";
      case "RegexBaselineBench" -> "regex";
      default -> cls;
    };
  }

  private static String label(String impl) {
    return switch (impl) {
      case "vigil" -> "Vigil RuleSet (+1,000 x 5 watchlist)";
      case "monitor-default" -> "bare Monitor, defaults";
      case "regex" -> "regex per rule (java.util.regex)";
      default -> impl;
    };
  }

  private static String mean(List<String[]> rows, int col, String fmt) {
    if (rows.isEmpty()) {
      return "?";
    }
    double sum = 0;
    for (String[] r : rows) {
      sum += Double.parseDouble(r[col]);
    }
    return String.format(Locale.ROOT, fmt, sum / rows.size());
  }

  private static String rate(List<String[]> rows) {
    if (rows.isEmpty()) {
      return "?";
    }
    String[] r = rows.get(0);
    return String.format(Locale.ROOT, "%.2f%% (%s articles)", Double.parseDouble(r[5]) * 100, r[6]);
  }

  private static double num(String s) {
    return s.isEmpty() || s.equals("NaN") ? Double.NaN : Double.parseDouble(s);
  }

  private static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(ch);
      }
    }
    out.add(b.toString());
    return out;
  }
}
