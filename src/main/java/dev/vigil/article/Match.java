package dev.vigil.article;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * One rule matching one article: what the filter stage writes to {@code vigil.matches}.
 *
 * @param alertId stable id of this (rule, article) pair, used to deliver it at most once per channel
 * @param terms the distinct pieces of article text that satisfied the query
 */
@Serdeable
public record Match(
    int schema,
    String alertId,
    String ruleId,
    List<String> channels,
    List<String> terms,
    Article article,
    Instant matchedAt) {

  public static final int SCHEMA = 1;

  public Match {
    channels = List.copyOf(channels);
    terms = List.copyOf(terms);
  }

  /** Builds a match with its alert id derived from the rule and the article. */
  public static Match of(String ruleId, List<String> channels, List<String> terms, Article article, Instant at) {
    return new Match(SCHEMA, Hashing.shortId(ruleId + "\n" + article.id()), ruleId, channels, terms, article, at);
  }
}
