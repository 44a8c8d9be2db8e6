package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.article.Match;
import dev.vigil.story.EscalationRule;
import dev.vigil.story.StoryAssignment;
import dev.vigil.story.StoryIndex;
import dev.vigil.story.StoryIndexState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The filter stage's logic: which story an article belongs to, which rules it matches, and the
 * match records that follow. Copies of one story share the story id, so their alert ids are the
 * same and the alert stage delivers each (rule, story) once; an optional escalation alerts again
 * when enough distinct sources carry the story.
 */
public final class ArticleFilter {
  /** Where a story's state goes after each change (a compacted topic in the daemon). */
  @FunctionalInterface
  public interface StoryStore {
    void save(StoryIndexState.StoryState story) throws Exception;
  }

  private static final Logger LOG = LoggerFactory.getLogger(ArticleFilter.class);

  private final Supplier<RuleSet> rules;
  private final StoryIndex stories;
  private final StoryStore store;
  private final EscalationRule escalation;
  private final Clock clock;

  /** {@code stories} is null when story grouping is off; {@code escalation} may be null. */
  public ArticleFilter(
      Supplier<RuleSet> rules,
      StoryIndex stories,
      StoryStore store,
      EscalationRule escalation,
      Clock clock) {
    this.rules = rules;
    this.stories = stories;
    this.store = store;
    this.escalation = escalation;
    this.clock = clock;
  }

  public List<Match> filter(Article a) throws Exception {
    StoryAssignment s = stories == null ? null : assign(a);
    Match.Story alone = new Match.Story(a.id(), 1, true, false, 1.0, null, null, null, false);
    Match.Story story =
        s == null
            ? alone
            : new Match.Story(
                s.storyId(),
                s.sources(),
                s.first(),
                false,
                s.score(),
                s.firstSource(),
                s.keptApartFrom(),
                s.difference(),
                true);
    List<Match> out = new ArrayList<>();
    boolean escalate = s != null && escalation != null && escalation.shouldAlert(s);
    for (RuleHit h : rules.get().match(a)) {
      out.add(match(h, a, h.stories() ? story : alone));
      if (escalate && h.stories()) {
        out.add(match(h, a, story.escalated()));
      }
    }
    return out;
  }

  /** The article's story, saved after the change; the decision logged at debug. */
  private StoryAssignment assign(Article a) throws Exception {
    StoryAssignment s = stories.assign(a);
    var state = stories.story(s.storyId());
    if (state.isPresent()) {
      store.save(state.get());
    }
    if (!s.first()) {
      LOG.atDebug()
          .addKeyValue("article_id", a.id())
          .addKeyValue("story_id", s.storyId())
          .addKeyValue("score", String.format(java.util.Locale.ROOT, "%.2f", s.score()))
          .addKeyValue("first_source", s.firstSource())
          .log("article joined a story");
    } else if (s.keptApartFrom() != null) {
      LOG.atDebug()
          .addKeyValue("article_id", a.id())
          .addKeyValue("story_id", s.keptApartFrom())
          .addKeyValue("difference", s.difference())
          .log("article kept apart from a similar story");
    }
    return s;
  }

  private Match match(RuleHit h, Article a, Match.Story story) {
    List<Match.Highlight> highlights =
        h.spans().stream()
            .map(t -> new Match.Highlight(t.field(), t.start(), t.end(), t.text()))
            .toList();
    List<Match.EntityMention> entities =
        h.entities().stream()
            .map(e -> new Match.EntityMention(e.entityId(), e.name(), e.type(), e.alias()))
            .toList();
    List<Match.NamedEntity> named =
        h.tagged().stream()
            .map(e -> new Match.NamedEntity(e.text(), e.queryType()))
            .distinct()
            .toList();
    return Match.of(
        h.ruleId(),
        h.channels(),
        h.terms(),
        a,
        clock.instant(),
        story,
        h.snippet(),
        highlights,
        entities,
        named);
  }
}
