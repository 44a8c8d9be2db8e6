package dev.vigil.feed;

import java.util.Map;
import java.util.TreeMap;

/** Per-folder counts of the corpus run, rendered as the Markdown table of docs/conformance.md. */
final class ConformanceTable {
  /** Counts for one folder. */
  static final class Row {
    int files;
    int parsed;
    int refused;
    int crashed;
    int checks;
    int agreed;
    int skipped;
  }

  private final Map<String, Row> rows = new TreeMap<>();
  private final Map<String, Integer> skipReasons = new TreeMap<>();

  Row row(String folder) {
    return rows.computeIfAbsent(folder, f -> new Row());
  }

  void skipped(Row row, String reason) {
    row.skipped++;
    skipReasons.merge(reason, 1, Integer::sum);
  }

  String skipReasons() {
    StringBuilder out = new StringBuilder();
    skipReasons.forEach(
        (reason, n) -> out.append("- ").append(reason).append(": ").append(n).append('\n'));
    return out.toString();
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(
            "| folder | files | parsed | refused (FeedParseException) | other exception | parse rate ")
        .append("| Expect checks | agree | agreement | checks skipped |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    Row total = new Row();
    rows.forEach(
        (folder, r) -> {
          line(out, "`" + folder + "`", r);
          total.files += r.files;
          total.parsed += r.parsed;
          total.refused += r.refused;
          total.crashed += r.crashed;
          total.checks += r.checks;
          total.agreed += r.agreed;
          total.skipped += r.skipped;
        });
    line(out, "**total**", total);
    return out.toString();
  }

  private static void line(StringBuilder out, String name, Row r) {
    out.append("| ")
        .append(name)
        .append(" | ")
        .append(r.files)
        .append(" | ")
        .append(r.parsed)
        .append(" | ")
        .append(r.refused)
        .append(" | ")
        .append(r.crashed)
        .append(" | ")
        .append(percent(r.parsed, r.files))
        .append(" | ")
        .append(r.checks)
        .append(" | ")
        .append(r.agreed)
        .append(" | ")
        .append(percent(r.agreed, r.checks))
        .append(" | ")
        .append(r.skipped)
        .append(" |\n");
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
