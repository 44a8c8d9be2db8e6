package dev.vigil.alert;

import dev.vigil.article.Match;

/** The subject and bodies of an alert email: headline, link, rule and matched terms. */
final class EmailText {
  private EmailText() {}

  static String subject(Match m) {
    return "[Vigil] " + m.ruleId() + ": " + oneLine(m.article().title());
  }

  static String plain(Match m) {
    return m.article().title() + "\n"
        + nullToEmpty(m.article().link()) + "\n\n"
        + "Rule: " + m.ruleId() + "\n"
        + "Matched: " + String.join(", ", m.terms()) + "\n"
        + "Feed: " + nullToEmpty(m.article().feedTitle()) + " <" + m.article().feedUrl() + ">\n\n"
        + excerpt(m) + "\n\n"
        + "-- \nYou receive this because the Vigil rule '" + m.ruleId() + "' sends to this address.\n";
  }

  static String html(Match m) {
    String link = m.article().link() == null ? "" : m.article().link();
    return "<!DOCTYPE html><html><body>"
        + "<h2><a href=\"" + esc(link) + "\">" + esc(m.article().title()) + "</a></h2>"
        + "<p><b>Rule:</b> " + esc(m.ruleId()) + "<br><b>Matched:</b> " + esc(String.join(", ", m.terms()))
        + "<br><b>Feed:</b> " + esc(nullToEmpty(m.article().feedTitle())) + "</p>"
        + "<p>" + esc(excerpt(m)) + "</p>"
        + "<hr><p style=\"color:#666;font-size:small\">You receive this because the Vigil rule '"
        + esc(m.ruleId()) + "' sends to this address.</p>"
        + "</body></html>";
  }

  private static String excerpt(Match m) {
    String s = m.article().summary().isEmpty() ? m.article().content() : m.article().summary();
    return s.length() <= 600 ? s : s.substring(0, 600) + "…";
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
