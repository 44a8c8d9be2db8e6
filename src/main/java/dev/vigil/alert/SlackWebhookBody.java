package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.digest.Digest;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Slack incoming-webhook message in Block Kit: linked headline, excerpt, then rule, terms and
 * feed.
 */
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
    String head =
        link == null || link.isBlank() ? "*" + title + "*" : "*<" + url(link) + "|" + title + ">*";
    String excerpt = AlertView.excerpt(m);
    String text = excerpt == null || excerpt.isBlank() ? head : head + "\n" + esc(excerpt);
    List<Object> blocks = new ArrayList<>();
    blocks.add(
        Map.of(
            "type", "section", "text", Map.of("type", "mrkdwn", "text", cut(text, SECTION_MAX))));
    String context =
        "Rule *"
            + esc(m.ruleId())
            + "* · matched: "
            + esc(String.join(", ", m.terms()))
            + (m.article().feedTitle() == null ? "" : " · " + esc(m.article().feedTitle()));
    blocks.add(
        Map.of(
            "type",
            "context",
            "elements",
            List.of(Map.of("type", "mrkdwn", "text", cut(context, SECTION_MAX)))));
    // "text" is what notifications and screen readers show when blocks are present.
    Map<String, Object> body =
        Map.of(
            "text",
            cut("[" + m.ruleId() + "] " + AlertView.oneLine(m.article().title()), SECTION_MAX),
            "blocks",
            blocks);
    return new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
  }

  /** A header, then the alerts as linked lines, split into sections under Slack's size limit. */
  @Override
  public String renderDigest(Digest d) throws IOException {
    String head = "Vigil digest: " + d.size() + " alert" + (d.size() == 1 ? "" : "s");
    List<Object> blocks = new ArrayList<>();
    blocks.add(
        Map.of("type", "header", "text", Map.of("type", "plain_text", "text", cut(head, 150))));
    StringBuilder section = new StringBuilder();
    for (String line : DigestView.lines(d, (u, t) -> "<" + url(u) + "|" + esc(t) + ">")) {
      if (section.length() + line.length() + 3 > SECTION_MAX && section.length() > 0) {
        blocks.add(mrkdwn(section.toString()));
        section.setLength(0);
      }
      section.append("• ").append(cut(line, SECTION_MAX - 3)).append('\n');
    }
    blocks.add(mrkdwn(section.toString()));
    // Slack takes at most 50 blocks; the text fallback still names the total.
    List<Object> kept = blocks.size() > 50 ? blocks.subList(0, 50) : blocks;
    Map<String, Object> body = Map.of("text", head, "blocks", kept);
    return new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> mrkdwn(String text) {
    return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", text));
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
