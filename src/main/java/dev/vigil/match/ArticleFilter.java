package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.article.Match;
import dev.vigil.article.MatchedArticle;
import dev.vigil.article.MatchedArticle.RuleMatch;
import dev.vigil.article.StorySignature;
import dev.vigil.story.EscalationRule;
import dev.vigil.story.Signer;
import dev.vigil.story.StoryAssignment;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The filter stage's logic, in its two steps. {@link #hits}: which rules an article matches, its
 * matches grouped by rule shard, and its story signature if a match needs a story. {@link #decide}:
 * on the shard's consumer, the story of those matches and their alert ids. Copies of a story share
 * the story id, so their alert ids are the same and the alert stage delivers each (rule, story)
 * once; an optional escalation alerts again when enough distinct sources carry it.
 */
public final class ArticleFilter {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleFilter.class);

  private final Supplier<RuleSet> rules;
  private final Signer signer;
  private final StoryShards stories;
  private final EscalationRule escalation;
  private final Clock clock;
  private final int shards;

  /**
   * @param signer signs the articles whose matches need a story; null when grouping is off
   * @param stories decides stories (step two); null in a filter that only matches, or when grouping
   *     is off
   * @param escalation may be null
   */
  ArticleFilter(
      Supplier<RuleSet> rules,
      Signer signer,
      StoryShards stories,
      EscalationRule escalation,
      Clock clock,
      int shards) {
    this.rules = rules;
    this.signer = signer;
    this.stories = stories;
    this.escalation = escalation;
    this.clock = clock;
    this.shards = shards;
  }

  /** The shard of a rule: the same in every instance while the shard count stays. */
  static int shard(String ruleId, int shards) {
    return Math.floorMod(ruleId.hashCode() * 0x9E3779B9, shards);
  }

  /** Step one: the article's matches, one record per rule shard; none when nothing matched. */
  public List<ArticleHits> hits(Article a) {
    List<RuleHit> hits = rules.get().match(a);
    if (hits.isEmpty()) return List.of();
    Instant at = clock.instant();
    Match.Story alone = new Match.Story(a.id(), 1, true, false, 1.0, null, null, null, false);
    Map<Integer, List<RuleMatch>> byShard = new TreeMap<>();
    boolean undecided = false;
    for (RuleHit h : hits) {
      RuleMatch m = ruleMatch(h);
      if (signer != null && h.stories()) {
        undecided = true;
      } else {
        m = m.inStory(alone);
      }
      byShard.computeIfAbsent(shard(h.ruleId(), shards), s -> new ArrayList<>()).add(m);
    }
    StorySignature signature = undecided ? signer.sign(a) : null;
    List<ArticleHits> out = new ArrayList<>(byShard.size());
    byShard.forEach(
        (s, ms) ->
            out.add(
                new ArticleHits(
                    ArticleHits.SCHEMA,
                    s,
                    signature,
                    new MatchedArticle(MatchedArticle.SCHEMA, a, at, ms))));
    return out;
  }

  /** Step two, on the shard's consumer: the story of the matches that wait for one. */
  public MatchedArticle decide(ArticleHits h) {
    MatchedArticle m = h.matched();
    if (m.matches().stream().allMatch(r -> r.story() != null)) return m;
    StoryAssignment s = stories.assign(h.shard(), m.article().id(), h.signature());
    log(m.article(), s);
    Match.Story story =
        new Match.Story(
            s.storyId(),
            s.sources(),
            s.first(),
            false,
            s.score(),
            s.firstSource(),
            s.keptApartFrom(),
            s.difference(),
            true);
    boolean escalate = escalation != null && escalation.shouldAlert(s);
    List<RuleMatch> out = new ArrayList<>();
    for (RuleMatch r : m.matches()) {
      if (r.story() != null) {
        out.add(r);
        continue;
      }
      out.add(r.inStory(story));
      if (escalate) out.add(r.inStory(story.escalated()));
    }
    return m.withMatches(out);
  }

  /** Both steps in one process: the article's matches with their stories decided. */
  public List<Match> filter(Article a) {
    List<Match> out = new ArrayList<>();
    for (ArticleHits h : hits(a)) out.addAll(decide(h).expand());
    return out;
  }

  private static void log(Article a, StoryAssignment s) {
    if (!s.first()) {
      LOG.atDebug()
          .addKeyValue("article_id", a.id())
          .addKeyValue("story_id", s.storyId())
          .addKeyValue("score", String.format(Locale.ROOT, "%.2f", s.score()))
          .addKeyValue("first_source", s.firstSource())
          .log("article joined a story");
    } else if (s.keptApartFrom() != null) {
      LOG.atDebug()
          .addKeyValue("article_id", a.id())
          .addKeyValue("story_id", s.keptApartFrom())
          .addKeyValue("difference", s.difference())
          .log("article kept apart from a similar story");
    }
  }

  private static RuleMatch ruleMatch(RuleHit h) {
    return new RuleMatch(
        null,
        h.ruleId(),
        h.channels(),
        h.terms(),
        null,
        h.snippet(),
        h.spans().stream()
            .map(t -> new Match.Highlight(t.field(), t.start(), t.end(), t.text()))
            .toList(),
        h.entities().stream()
            .map(e -> new Match.EntityMention(e.entityId(), e.name(), e.type(), e.alias()))
            .toList(),
        h.tagged().stream()
            .map(e -> new Match.NamedEntity(e.text(), e.queryType()))
            .distinct()
            .toList());
  }
}
