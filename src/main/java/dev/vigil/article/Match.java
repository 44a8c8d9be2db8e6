package dev.vigil.article;

import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * One rule matching one article, as the alert stage delivers it. The filter stage writes them
 * grouped by article ({@link MatchedArticle}); records of this layout (schema 2) are what it wrote
 * before, one per match.
 *
 * @param alertId stable id: the hash of the rule and the story (plus the escalation, if any), so
 *     the syndicated copies of a story alert once per rule and channel
 * @param terms the distinct pieces of article text that satisfied the query
 * @param story which story the article belongs to, and how many sources carry it so far
 * @param snippet about 200 characters of the article around the first match
 * @param highlights where the rule matched
 * @param entities the watchlist entities found, through which alias
 * @param namedEntities the people, organisations and places that named-entity recognition found in
 *     the article (docs/ner.md), each once, in text order; empty without NER and in records written
 *     before it existed
 */
@Serdeable
public record Match(
    int schema,
    String alertId,
    String ruleId,
    List<String> channels,
    List<String> terms,
    Article article,
    Instant matchedAt,
    Story story,
    String snippet,
    List<Highlight> highlights,
    List<EntityMention> entities,
    List<NamedEntity> namedEntities) {

  public static final int SCHEMA = 2;

  /**
   * The story an article belongs to, and how that was decided; {@code escalation} marks the extra
   * alert when many sources carry it.
   *
   * @param score for a later copy, its similarity to the story's first article (0 to 1); for a
   *     first article 1.0; null in records written before it was kept
   * @param firstSource the host that first reported the story; null in older records
   * @param keptApartFrom a story whose text this article's resembled but which reports another
   *     event, so it was not joined; null if none
   * @param difference what told it apart from that story ("kharkiv / odesa in the headline")
   * @param grouped false when this rule alerts once per article, copies included ({@code stories:
   *     off}), or grouping is off; null in older records
   */
  @Serdeable
  public record Story(
      String id,
      int sources,
      boolean first,
      boolean escalation,
      Double score,
      String firstSource,
      String keptApartFrom,
      String difference,
      Boolean grouped) {
    /** A story as records before the decision was kept described it. */
    public Story(String id, int sources, boolean first, boolean escalation) {
      this(id, sources, first, escalation, null, null, null, null, null);
    }

    /** The same story decision, for the extra alert sent when many sources carry it. */
    public Story escalated() {
      return new Story(
          id, sources, first, true, score, firstSource, keptApartFrom, difference, grouped);
    }
  }

  /**
   * A matched stretch of text: offsets into the field's text (see the match package's TextSpan).
   */
  @Serdeable
  public record Highlight(String field, int start, int end, String text) {}

  /** A watchlist entity found in the article. */
  @Serdeable
  public record EntityMention(String id, String name, String type, String alias) {}

  /**
   * An entity that NER tagged: its text and its type as {@code type:} names it (person, org, place,
   * ...).
   */
  @Serdeable
  public record NamedEntity(String text, String type) {}

  @Creator // the canonical constructor, for the serde; not the one without named entities
  public Match {
    channels = List.copyOf(channels);
    terms = List.copyOf(terms);
    story = story != null ? story : new Story(article.id(), 1, true, false);
    snippet = snippet == null ? "" : snippet;
    highlights = highlights == null ? List.of() : List.copyOf(highlights);
    entities = entities == null ? List.of() : List.copyOf(entities);
    namedEntities = namedEntities == null ? List.of() : List.copyOf(namedEntities);
  }

  /** A match without named entities, as before NER. */
  public Match(
      int schema,
      String alertId,
      String ruleId,
      List<String> channels,
      List<String> terms,
      Article article,
      Instant matchedAt,
      Story story,
      String snippet,
      List<Highlight> highlights,
      List<EntityMention> entities) {
    this(
        schema,
        alertId,
        ruleId,
        channels,
        terms,
        article,
        matchedAt,
        story,
        snippet,
        highlights,
        entities,
        List.of());
  }

  /** A match of an article that is its own story, without highlights. */
  public static Match of(
      String ruleId, List<String> channels, List<String> terms, Article article, Instant at) {
    return of(
        ruleId,
        channels,
        terms,
        article,
        at,
        new Story(article.id(), 1, true, false),
        "",
        List.of(),
        List.of());
  }

  /** A match with its alert id derived from the rule and the story, without named entities. */
  public static Match of(
      String ruleId,
      List<String> channels,
      List<String> terms,
      Article article,
      Instant at,
      Story story,
      String snippet,
      List<Highlight> highlights,
      List<EntityMention> entities) {
    return of(
        ruleId, channels, terms, article, at, story, snippet, highlights, entities, List.of());
  }

  /** A match with its alert id derived from the rule and the story. */
  public static Match of(
      String ruleId,
      List<String> channels,
      List<String> terms,
      Article article,
      Instant at,
      Story story,
      String snippet,
      List<Highlight> highlights,
      List<EntityMention> entities,
      List<NamedEntity> namedEntities) {
    return new Match(
        SCHEMA,
        alertId(ruleId, story),
        ruleId,
        channels,
        terms,
        article,
        at,
        story,
        snippet,
        highlights,
        entities,
        namedEntities);
  }

  /**
   * The alert id of a rule's match in a story: the same for every copy of the story, another for
   * its escalation.
   */
  public static String alertId(String ruleId, Story story) {
    return Hashing.shortId(ruleId + "\n" + story.id() + (story.escalation() ? "\nescalation" : ""));
  }
}
