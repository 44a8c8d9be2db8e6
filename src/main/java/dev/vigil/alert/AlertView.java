package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.article.SafeHtml;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates see of an alert: plain names for the parts people put in a message. One model for
 * the email templates and users' webhook templates, documented in docs/alerting.md.
 */
final class AlertView {
  static final int EXCERPT_CHARS = 600;

  private AlertView() {}

  /** Empty values become null, so {@code {{#link}}...{{/link}}} sections skip them. */
  static Map<String, Object> of(Match m, String channel, String unsubscribe) {
    Map<String, Object> v = new HashMap<>();
    v.put("alertId", m.alertId());
    v.put("rule", m.ruleId());
    v.put("channel", channel);
    v.put("title", m.article().title());
    v.put("headline", oneLine(m.article().title()));
    v.put("link", blankToNull(m.article().link()));
    v.put("feedTitle", blankToNull(m.article().feedTitle()));
    v.put("feedUrl", m.article().feedUrl());
    v.put("summary", blankToNull(m.article().summary()));
    v.put("excerpt", blankToNull(excerpt(m)));
    v.put("contentHtml", blankToNull(contentHtml(m)));
    v.put("terms", m.terms());
    v.put("termsText", String.join(", ", m.terms()));
    v.put("authors", m.article().authors() == null ? List.of() : m.article().authors());
    v.put("published", m.article().published() == null ? null : m.article().published().toString());
    v.put("matchedAt", m.matchedAt().toString());
    v.put("unsubscribe", unsubscribe);
    v.put("snippet", blankToNull(m.snippet()));
    v.put("storyId", m.story().id());
    v.put("sources", m.story().sources());
    v.put("alsoReported", m.story().sources() > 1 ? m.story().sources() - 1 : null);
    v.put("escalation", m.story().escalation() ? Boolean.TRUE : null);
    v.put("entities", m.entities());
    v.put(
        "entitiesText",
        blankToNull(
            String.join(
                ", ",
                m.entities().stream()
                    .map(
                        e ->
                            e.name()
                                + (e.alias().equals(e.name()) ? "" : " (as \"" + e.alias() + "\")"))
                    .distinct()
                    .toList())));
    v.put("namedEntities", m.namedEntities());
    v.put(
        "namedEntitiesText",
        blankToNull(
            String.join(
                ", ",
                m.namedEntities().stream().map(e -> e.text() + " (" + e.type() + ")").toList())));
    return v;
  }

  /** The summary, else the start of the text, cut at a word boundary. */
  static String excerpt(Match m) {
    String s =
        m.article().summary() == null || m.article().summary().isEmpty()
            ? m.article().content()
            : m.article().summary();
    if (s == null || s.length() <= EXCERPT_CHARS) {
      return s;
    }
    int cut = s.lastIndexOf(' ', EXCERPT_CHARS);
    return s.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS) + "…";
  }

  /**
   * The article's safe HTML, cleaned again here: a template inserts it unescaped, and the record
   * came over Kafka, where anything with write access could have put it. Cleaning is idempotent.
   */
  static String contentHtml(Match m) {
    return SafeHtml.of(m.article().html(), m.article().link());
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
