package dev.vigil.alert;

import dev.vigil.article.Article;
import dev.vigil.article.Match;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** The JSON body of a webhook alert, version 1 (documented in docs/webhooks.md). */
@Serdeable
public record WebhookPayload(
    int version,
    String type,
    String alertId,
    Rule rule,
    List<String> terms,
    Article article,
    Instant matchedAt,
    Match.Story story,
    String snippet,
    List<Match.Highlight> highlights,
    List<Match.EntityMention> entities,
    List<Match.NamedEntity> namedEntities) {

  public static final int VERSION = 1;

  /** The rule that matched. */
  @Serdeable
  public record Rule(String id) {}

  static WebhookPayload of(Match m) {
    return new WebhookPayload(
        VERSION,
        "vigil.alert",
        m.alertId(),
        new Rule(m.ruleId()),
        m.terms(),
        m.article(),
        m.matchedAt(),
        m.story(),
        m.snippet(),
        m.highlights(),
        m.entities(),
        m.namedEntities());
  }
}
