package dev.vigil.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Confusion counts for one category of the labelled set, over all its cases and over the gated
 * ones.
 */
public final class LabelledStats {
  int tp;
  int fp;
  int fn;
  int tn;
  int cases;
  int ungated;
  int gatedWrong;
  final List<String> notes = new ArrayList<>();

  void add(boolean expected, boolean got, boolean gated) {
    cases++;
    if (!gated) {
      ungated++;
    } else if (expected != got) {
      gatedWrong++;
    }
    if (expected && got) {
      tp++;
    } else if (!expected && got) {
      fp++;
    } else if (expected) {
      fn++;
    } else {
      tn++;
    }
  }

  String precision() {
    return tp + fp == 0 ? "n/a" : String.format("%.3f", tp / (double) (tp + fp));
  }

  String recall() {
    return tp + fn == 0 ? "n/a" : String.format("%.3f", tp / (double) (tp + fn));
  }

  static String report(Map<String, LabelledStats> byCategory, LabelledStats total) {
    StringBuilder b = new StringBuilder();
    b.append(
        "| category | cases | ambiguous or limit | TP | FP | FN | TN | precision | recall | unambiguous wrong |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|\n");
    byCategory.forEach((name, s) -> b.append(s.row(name)));
    b.append(total.row("**all**"));
    b.append("\nAmbiguous or known-limitation cases answered against their label:\n\n");
    total.notes.forEach(n -> b.append("- ").append(n).append('\n'));
    if (total.notes.isEmpty()) {
      b.append("- none\n");
    }
    return b.toString();
  }

  private String row(String name) {
    return String.format(
        "| %s | %d | %d | %d | %d | %d | %d | %s | %s | %d |%n",
        name, cases, ungated, tp, fp, fn, tn, precision(), recall(), gatedWrong);
  }
}
