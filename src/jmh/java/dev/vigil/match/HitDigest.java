package dev.vigil.match;

import dev.vigil.article.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Not a benchmark: a digest of every RuleHit (ids, spans, snippets, entities) that Vigil's RuleSet
 * returns on the workload, to check that a performance change to dev.vigil.match changes no answer.
 * {@code java -cp target/benchmarks.jar dev.vigil.match.HitDigest [QUERIES] [ARTICLES] [DUMP-FILE]}
 */
public final class HitDigest {
  private HitDigest() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    Workload w = BenchSupport.workload();
    List<Article> articles = BenchSupport.articles().subList(0, count);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    java.io.PrintWriter dump =
        args.length > 2 ? new java.io.PrintWriter(args[2], StandardCharsets.UTF_8) : null;
    long hits = 0;
    try (RuleSet set = RuleSet.compile(Workload.rules(w.queries(n)), w.entities)) {
      for (Article a : articles) {
        for (RuleHit h : set.match(a)) {
          md.update(h.toString().getBytes(StandardCharsets.UTF_8));
          if (dump != null) {
            dump.println(a.id() + " " + h);
          }
          hits++;
        }
      }
    }
    if (dump != null) {
      dump.close();
    }
    System.out.printf(
        "%d queries, %d articles: %d hits, digest %s%n",
        n, count, hits, HexFormat.of().formatHex(md.digest()));
  }
}
