package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.digest.Digest;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Microsoft Teams message for a Workflows "When a Teams webhook request is received" flow: a
 * {@code message} whose attachment is an Adaptive Card (Workflows take no older connector cards).
 */
final class TeamsWebhookBody implements WebhookBody {
  private final JsonMapper json;

  TeamsWebhookBody(JsonMapper json) {
    this.json = json;
  }

  @Override
  public String render(Match m) throws IOException {
    List<Object> body = new ArrayList<>();
    body.add(
        Map.of(
            "type",
            "TextBlock",
            "text",
            AlertView.oneLine(m.article().title()),
            "weight",
            "Bolder",
            "size",
            "Medium",
            "wrap",
            true));
    String excerpt = AlertView.excerpt(m);
    if (excerpt != null && !excerpt.isBlank()) {
      body.add(Map.of("type", "TextBlock", "text", excerpt, "wrap", true));
    }
    List<Object> facts = new ArrayList<>();
    facts.add(Map.of("title", "Rule", "value", m.ruleId()));
    facts.add(Map.of("title", "Matched", "value", String.join(", ", m.terms())));
    if (m.article().feedTitle() != null) {
      facts.add(Map.of("title", "Feed", "value", m.article().feedTitle()));
    }
    body.add(Map.of("type", "FactSet", "facts", facts));
    String link = m.article().link();
    return message(
        body,
        link == null || link.isBlank()
            ? List.of()
            : List.of(Map.of("type", "Action.OpenUrl", "title", "Open article", "url", link)));
  }

  /** A heading, then one wrapped Markdown line per alert. */
  @Override
  public String renderDigest(Digest d) throws IOException {
    List<Object> body = new ArrayList<>();
    body.add(
        Map.of(
            "type",
            "TextBlock",
            "text",
            "Vigil digest: " + d.size() + " alert" + (d.size() == 1 ? "" : "s"),
            "weight",
            "Bolder",
            "size",
            "Medium",
            "wrap",
            true));
    for (String line : DigestView.lines(d, (u, t) -> "[" + t.replace("]", ")") + "](" + u + ")")) {
      body.add(Map.of("type", "TextBlock", "text", line, "wrap", true, "spacing", "Small"));
    }
    return message(body, List.of());
  }

  private String message(List<Object> body, List<Object> actions) throws IOException {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    card.put("body", body);
    if (!actions.isEmpty()) {
      card.put("actions", actions);
    }
    Map<String, Object> message =
        Map.of(
            "type",
            "message",
            "attachments",
            List.of(
                Map.of("contentType", "application/vnd.microsoft.card.adaptive", "content", card)));
    return new String(json.writeValueAsBytes(message), StandardCharsets.UTF_8);
  }
}
