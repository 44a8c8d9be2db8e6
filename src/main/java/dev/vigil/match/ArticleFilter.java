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

  private final Supplier<RuleSet> rules;
  private final StoryIndex stories;
  private final StoryStore store;
  private final EscalationRule escalation;
  private final Clock clock;

  /** {@code escalation} may be null. */
  public ArticleFilter(Supplier<RuleSet> rules, StoryIndex stories, StoryStore store, EscalationRule escalation,
      Clock clock) {
    this.rules = rules;
    this.stories = stories;
    this.store = store;
    this.escalation = escalation;
    this.clock = clock;
  }

  public List<Match> filter(Article a) throws Exception {
    StoryAssignment s = stories.assign(a);
    var state = stories.story(s.storyId());
    if (state.isPresent()) {
      store.save(state.get());
    }
    List<Match> out = new ArrayList<>();
    boolean escalate = escalation != null && escalation.shouldAlert(s);
    for (RuleHit h : rules.get().match(a)) {
      out.add(match(h, a, new Match.Story(s.storyId(), s.sources(), s.first(), false)));
      if (escalate) {
        out.add(match(h, a, new Match.Story(s.storyId(), s.sources(), s.first(), true)));
      }
    }
    return out;
  }

  private Match match(RuleHit h, Article a, Match.Story story) {
    List<Match.Highlight> highlights = h.spans().stream()
        .map(t -> new Match.Highlight(t.field(), t.start(), t.end(), t.text())).toList();
    List<Match.EntityMention> entities = h.entities().stream()
        .map(e -> new Match.EntityMention(e.entityId(), e.name(), e.type(), e.alias())).toList();
    List<Match.NamedEntity> named = h.tagged().stream()
        .map(e -> new Match.NamedEntity(e.text(), e.queryType())).distinct().toList();
    return Match.of(h.ruleId(), h.channels(), h.terms(), a, clock.instant(), story, h.snippet(), highlights, entities,
        named);
  }
}
