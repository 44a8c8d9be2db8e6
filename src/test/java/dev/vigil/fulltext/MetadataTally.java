package dev.vigil.fulltext;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts how often the extracted title, byline and published time agree with a page's
 * expected-metadata.json, over the pages where it gives one. Titles and bylines agree when they are
 * equal after case, space and punctuation are set aside, or one contains the other (a site's name
 * added or left out); times when they are the same instant.
 */
final class MetadataTally {
  private static final JsonMapper JSON = JsonMapper.createDefault();
  private final Map<String, int[]> counts = new TreeMap<>();

  void check(Extraction e, String expectedJson) throws IOException {
    Map<String, Object> want =
        JSON.readValue(expectedJson, Argument.mapOf(String.class, Object.class));
    if (want.get("title") instanceof String t && !t.isBlank()) {
      count("title", similar(e.title(), t));
    }
    if (want.get("byline") instanceof String b && !b.isBlank()) {
      count("byline", e.byline() != null && similar(e.byline(), b));
    }
    if (want.get("publishedTime") instanceof String p && !p.isBlank()) {
      Instant t = PageMetadata.time(p);
      count("published", t != null && t.equals(e.published()));
    }
  }

  double share(String field) {
    int[] c = counts.getOrDefault(field, new int[2]);
    return c[1] == 0 ? 1 : (double) c[0] / c[1];
  }

  String summary() {
    StringBuilder b = new StringBuilder();
    counts.forEach(
        (k, c) -> b.append(String.format(Locale.ROOT, "%s: %d of %d agree%n", k, c[0], c[1])));
    return b.toString();
  }

  private void count(String field, boolean agree) {
    int[] c = counts.computeIfAbsent(field, k -> new int[2]);
    c[0] += agree ? 1 : 0;
    c[1]++;
  }

  private static boolean similar(String got, String want) {
    String g = norm(got);
    String w = norm(want);
    return !g.isEmpty() && (g.equals(w) || g.contains(w) || w.contains(g));
  }

  private static String norm(String s) {
    return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .trim();
  }
}
