package dev.vigil.alert;

import dev.vigil.digest.Digest;
import dev.vigil.digest.DigestEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What digest templates see: the rules in order, each with its alerts as {@link AlertView}s whose
 * {@code alsoReported} counts every source that carried the story while it waited.
 */
final class DigestView {
  private DigestView() {}

  static Map<String, Object> of(Digest d, String unsubscribe) {
    List<Map<String, Object>> rules = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    d.byRule()
        .forEach(
            (rule, entries) -> {
              List<Map<String, Object>> alerts =
                  entries.stream().map(e -> alert(e, d.channel())).toList();
              rules.add(Map.of("rule", rule, "count", entries.size(), "alerts", alerts));
              counts.add(rule + " (" + entries.size() + ")");
            });
    Map<String, Object> v = new HashMap<>();
    v.put("digestId", d.id());
    v.put("channel", d.channel());
    v.put("size", d.size());
    v.put("plural", d.size() == 1 ? null : Boolean.TRUE);
    v.put("rules", rules);
    v.put("rulesText", String.join(", ", counts));
    v.put("unsubscribe", unsubscribe);
    return v;
  }

  static Map<String, Object> alert(DigestEntry e, String channel) {
    Map<String, Object> v = AlertView.of(e.match(), channel, null);
    v.put("alsoReported", e.alsoReportedBy() > 0 ? e.alsoReportedBy() : null);
    return v;
  }

  /**
   * One line per alert: the headline, its link as {@code link.apply(url, text)}, the feed and other
   * sources.
   */
  static List<String> lines(Digest d, java.util.function.BinaryOperator<String> link) {
    List<String> out = new ArrayList<>();
    for (DigestEntry e : d.entries()) {
      String title = AlertView.oneLine(e.match().article().title());
      String url = e.match().article().link();
      String head = url == null || url.isBlank() ? title : link.apply(url, title);
      String feed = e.match().article().feedTitle();
      out.add(
          "["
              + e.match().ruleId()
              + "] "
              + head
              + (feed == null || feed.isBlank() ? "" : " · " + feed)
              + (e.alsoReportedBy() > 0
                  ? " · also reported by " + e.alsoReportedBy() + " other sources"
                  : ""));
    }
    return out;
  }
}
