package dev.vigil.web;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Request bodies of the rule-testing API. */
final class ApiTypes {
  private ApiTypes() {}

  /** A rule to try, without channels. */
  @Serdeable
  record RuleInput(String id, String query) {
    RuleSpec spec() {
      return new RuleSpec(id == null ? "query" : id, query, List.of("log"));
    }
  }

  /** A watchlist entity to try. */
  @Serdeable
  record EntityInput(String id, String name, String type, List<String> aliases) {
    EntitySpec spec() {
      return new EntitySpec(id, name, type == null ? "free" : type, aliases);
    }
  }

  /** POST /api/match: an article, and optionally rules and entities instead of the daemon's. */
  @Serdeable
  record MatchRequest(
      Article article, String url, List<RuleInput> rules, List<EntityInput> entities) {}

  /** POST /api/backtest: a query or rules, how far back, how many samples per rule. */
  @Serdeable
  record BacktestRequest(
      String query,
      List<RuleInput> rules,
      List<EntityInput> entities,
      String since,
      Integer samples) {}
}
