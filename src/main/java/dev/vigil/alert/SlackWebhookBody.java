package dev.vigil.alert;

import dev.vigil.article.Match;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Slack incoming-webhook message in Block Kit: linked headline, excerpt, then rule, terms and feed. */
final class SlackWebhookBody implements WebhookBody {
  /** Slack refuses a section text longer than 3000 characters. */
  private static final int SECTION_MAX = 3000;
  private final JsonMapper json;

  SlackWebhookBody(JsonMapper json) {
    this.json = json;
  }

  @Override
  public String render(Match m) throws IOException {
    String title = esc(AlertView.oneLine(m.article().title()));
    String link = m.article().link();
    String head = link == null || link.isBlank() ? "*" + title + "*" : "*<" + url(link) + "|" + title + ">*";
    String excerpt = AlertView.excerpt(m);
    String text = excerpt == null || excerpt.isBlank() ? head : head + "\n" + esc(excerpt);
    List<Object> blocks = new ArrayList<>();
    blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", cut(text, SECTION_MAX))));
    String context = "Rule *" + esc(m.ruleId()) + "* · matched: " + esc(String.join(", ", m.terms()))
        + (m.article().feedTitle() == null ? "" : " · " + esc(m.article().feedTitle()));
    blocks.add(Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", cut(context, SECTION_MAX)))));
    // "text" is what notifications and screen readers show when blocks are present.
    Map<String, Object> body = Map.of("text", cut("[" + m.ruleId() + "] " + AlertView.oneLine(m.article().title()),
        SECTION_MAX), "blocks", blocks);
    return new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
  }

  /** Slack's mrkdwn reserves only these three characters. */
  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Characters that would end Slack's {@code <url|text>} early are percent-encoded. */
  private static String url(String s) {
    return s.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C");
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
