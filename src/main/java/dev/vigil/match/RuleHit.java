package dev.vigil.match;

import dev.vigil.match.entity.EntityHit;
import dev.vigil.match.entity.EntityTagger;
import dev.vigil.match.entity.TaggedEntity;
import dev.vigil.match.highlight.TextSpan;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One rule that matched an article.
 *
 * @param terms the distinct matched texts, in article order
 * @param spans where the rule matched (see {@link TextSpan} for what offsets point into)
 * @param snippet about 200 characters of the article around the first span, whitespace collapsed
 * @param entities for rules that name entities ({@code @id} or {@code type:}), which of those
 *     entities occur in the article, through which alias and where
 * @param tagged what the {@link EntityTagger} found in the article (title, summary and body), in
 *     text order; empty without NER
 * @param stories whether the rule alerts once per story (else once per article)
 */
@Serdeable
public record RuleHit(
    String ruleId,
    List<String> channels,
    List<String> terms,
    List<TextSpan> spans,
    String snippet,
    List<EntityHit> entities,
    List<TaggedEntity> tagged,
    boolean stories) {
  public RuleHit {
    channels = List.copyOf(channels);
    terms = List.copyOf(terms);
    spans = spans == null ? List.of() : List.copyOf(spans);
    snippet = snippet == null ? "" : snippet;
    entities = entities == null ? List.of() : List.copyOf(entities);
    tagged = tagged == null ? List.of() : List.copyOf(tagged);
  }

  /** A hit of a rule that alerts once per story. */
  public RuleHit(
      String ruleId,
      List<String> channels,
      List<String> terms,
      List<TextSpan> spans,
      String snippet,
      List<EntityHit> entities,
      List<TaggedEntity> tagged) {
    this(ruleId, channels, terms, spans, snippet, entities, tagged, true);
  }

  /** A hit without highlights. */
  public RuleHit(String ruleId, List<String> channels, List<String> terms) {
    this(ruleId, channels, terms, List.of(), "", List.of(), List.of());
  }
}
