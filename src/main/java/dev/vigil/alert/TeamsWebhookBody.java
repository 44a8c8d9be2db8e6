package dev.vigil.alert;

import dev.vigil.article.Match;
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
    body.add(Map.of("type", "TextBlock", "text", AlertView.oneLine(m.article().title()), "weight", "Bolder",
        "size", "Medium", "wrap", true));
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
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    card.put("body", body);
    if (m.article().link() != null && !m.article().link().isBlank()) {
      card.put("actions", List.of(Map.of("type", "Action.OpenUrl", "title", "Open article", "url", m.article().link())));
    }
    Map<String, Object> message = Map.of("type", "message", "attachments",
        List.of(Map.of("contentType", "application/vnd.microsoft.card.adaptive", "content", card)));
    return new String(json.writeValueAsBytes(message), StandardCharsets.UTF_8);
  }
}
