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

/** A Discord webhook message with one embed, cut to Discord's field limits. */
final class DiscordWebhookBody implements WebhookBody {
  private static final int RED = 0xC0392B;
  private final JsonMapper json;

  DiscordWebhookBody(JsonMapper json) {
    this.json = json;
  }

  @Override
  public String render(Match m) throws IOException {
    Map<String, Object> embed = new LinkedHashMap<>();
    embed.put("title", SlackWebhookBody.cut(AlertView.oneLine(m.article().title()), 256));
    if (m.article().link() != null && !m.article().link().isBlank()) {
      embed.put("url", m.article().link());
    }
    String excerpt = AlertView.excerpt(m);
    if (excerpt != null && !excerpt.isBlank()) {
      embed.put("description", SlackWebhookBody.cut(excerpt, 4096));
    }
    embed.put("color", RED);
    List<Object> fields = new ArrayList<>();
    fields.add(field("Rule", m.ruleId()));
    fields.add(field("Matched", String.join(", ", m.terms())));
    if (m.article().feedTitle() != null && !m.article().feedTitle().isBlank()) {
      fields.add(field("Feed", m.article().feedTitle()));
    }
    embed.put("fields", fields);
    embed.put("footer", Map.of("text", "Vigil alert " + m.alertId()));
    embed.put("timestamp", m.matchedAt().toString());
    // Article text may contain "@everyone"; an empty parse list stops Discord from pinging anyone.
    Map<String, Object> body =
        Map.of(
            "username",
            "Vigil",
            "embeds",
            List.of(embed),
            "allowed_mentions",
            Map.of("parse", List.of()));
    return new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
  }

  /**
   * One embed listing the alerts as Markdown links (Discord cuts a description at 4,096
   * characters).
   */
  @Override
  public String renderDigest(Digest d) throws IOException {
    String lines =
        String.join(
            "\n", DigestView.lines(d, (u, t) -> "[" + t.replace("]", ")") + "](" + u + ")"));
    Map<String, Object> embed = new LinkedHashMap<>();
    embed.put("title", "Vigil digest: " + d.size() + " alert" + (d.size() == 1 ? "" : "s"));
    embed.put("description", SlackWebhookBody.cut(lines, 4096));
    embed.put("color", RED);
    embed.put("footer", Map.of("text", "Vigil " + d.id()));
    Map<String, Object> body =
        Map.of(
            "username",
            "Vigil",
            "embeds",
            List.of(embed),
            "allowed_mentions",
            Map.of("parse", List.of()));
    return new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> field(String name, String value) {
    return Map.of(
        "name",
        name,
        "value",
        SlackWebhookBody.cut(value.isEmpty() ? "-" : value, 1024),
        "inline",
        true);
  }
}
