package dev.vigil.article;

import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One article and every rule it matched: what the filter stage writes to {@code vigil.matches}, the
 * article once however many rules it matched. Schema 3; schema 2 records carried one {@link Match}
 * each, with its own copy of the article ({@link MatchRecords} reads both).
 *
 * @param matches the rules' matches, each with its story decision and alert id
 */
@Serdeable
public record MatchedArticle(
    int schema, Article article, Instant matchedAt, List<RuleMatch> matches) {
  public static final int SCHEMA = 3;

  public MatchedArticle {
    matches = List.copyOf(matches);
  }

  /** The matches as the alert stage handles them: one {@link Match} per rule (and escalation). */
  public List<Match> expand() {
    List<Match> out = new ArrayList<>(matches.size());
    for (RuleMatch m : matches) {
      out.add(
          new Match(
              Match.SCHEMA,
              m.alertId(),
              m.ruleId(),
              m.channels(),
              m.terms(),
              article,
              matchedAt,
              m.story(),
              m.snippet(),
              m.highlights(),
              m.entities(),
              m.namedEntities()));
    }
    return out;
  }

  public MatchedArticle withMatches(List<RuleMatch> decided) {
    return new MatchedArticle(schema, article, matchedAt, decided);
  }

  /**
   * One rule's match of the article. {@code story} and {@code alertId} are null until the story is
   * decided (on the filter stage's internal topic); see {@link Match} for the other fields.
   */
  @Serdeable
  public record RuleMatch(
      String alertId,
      String ruleId,
      List<String> channels,
      List<String> terms,
      Match.Story story,
      String snippet,
      List<Match.Highlight> highlights,
      List<Match.EntityMention> entities,
      List<Match.NamedEntity> namedEntities) {
    @Creator
    public RuleMatch {
      channels = List.copyOf(channels);
      terms = List.copyOf(terms);
      snippet = snippet == null ? "" : snippet;
      highlights = highlights == null ? List.of() : List.copyOf(highlights);
      entities = entities == null ? List.of() : List.copyOf(entities);
      namedEntities = namedEntities == null ? List.of() : List.copyOf(namedEntities);
    }

    /** This match in {@code s}, with the alert id that story gives it. */
    public RuleMatch inStory(Match.Story s) {
      return new RuleMatch(
          Match.alertId(ruleId, s),
          ruleId,
          channels,
          terms,
          s,
          snippet,
          highlights,
          entities,
          namedEntities);
    }
  }
}
