package dev.vigil.fulltext;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The extraction metric: tokens are runs of Unicode word characters, lower-cased; texts are
 * compared as multisets of 4-token shingles, giving a page's precision and recall.
 */
record ShingleScore(double precision, double recall) {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  static ShingleScore of(String extracted, String expected) {
    Map<String, Integer> got = shingles(extracted);
    Map<String, Integer> want = shingles(expected);
    int gotN = got.values().stream().mapToInt(Integer::intValue).sum();
    int wantN = want.values().stream().mapToInt(Integer::intValue).sum();
    int both = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      both += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    return new ShingleScore(
        gotN == 0 ? 0 : (double) both / gotN, wantN == 0 ? 0 : (double) both / wantN);
  }

  static boolean scorable(String expected) {
    return !shingles(expected).isEmpty();
  }

  /** F1 of the mean precision and the mean recall over pages. */
  static double f1(List<ShingleScore> pages) {
    double p = pages.stream().mapToDouble(ShingleScore::precision).average().orElse(0);
    double r = pages.stream().mapToDouble(ShingleScore::recall).average().orElse(0);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> t =
        WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + 4 <= t.size(); i++) {
      out.merge(String.join(" ", t.subList(i, i + 4)), 1, Integer::sum);
    }
    return out;
  }
}
