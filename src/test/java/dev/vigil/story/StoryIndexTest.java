package dev.vigil.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.article.Article;
import dev.vigil.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryIndexTest {
  static Map<String, Article> texts;
  final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T12:00:00Z"));
  final StoryIndex index = new StoryIndex(StoryConfig.defaults(), clock);

  @BeforeAll
  static void load() throws Exception {
    texts = LabelledPairs.load().articles();
  }

  /** The labelled text {@code text}, as article {@code id} of feed {@code host}. */
  static Article a(String id, String host, String text) {
    Article t = texts.get(text);
    return LabelledPairs.article(id, "https://" + host + "/rss.xml", t.title(), t.content());
  }

  @Test
  void firstCopyAlertsAndLaterCopiesJoinItsStory() {
    StoryAssignment first = index.assign(a("1", "wire.example", "quake-next"));
    assertThat(first)
        .isEqualTo(new StoryAssignment("1", true, 1, 1.0, true, "wire.example", null, null));
    StoryAssignment second = index.assign(a("2", "paper.example", "quake-next~v1"));
    assertThat(second.storyId()).isEqualTo("1");
    assertThat(second.first()).isFalse();
    assertThat(second.sources()).isEqualTo(2);
    assertThat(second.newSource()).isTrue();
    assertThat(second.score()).isBetween(0.55, 1.0);
    assertThat(second.firstSource()).isEqualTo("wire.example");
    // Same outlet, other scheme and www: still two sources.
    StoryAssignment third =
        index.assign(
            LabelledPairs.article(
                "3", "http://www.paper.example/world", "", texts.get("quake-next~v2").content()));
    assertThat(third)
        .extracting(StoryAssignment::storyId, StoryAssignment::sources, StoryAssignment::newSource)
        .containsExactly("1", 2, false);
  }

  @Test
  void differentStoriesOnOneTopicStayApart() {
    assertThat(index.assign(a("1", "a.example", "quake-first")).storyId()).isEqualTo("1");
    assertThat(index.assign(a("2", "b.example", "quake-toll")).storyId()).isEqualTo("2");
    assertThat(index.assign(a("3", "c.example", "quake-next")).first()).isTrue();
    assertThat(index.size()).isEqualTo(3);
  }

  @Test
  void copiesAfterTheWindowStartANewStory() {
    index.assign(a("1", "a.example", "wag-africa"));
    clock.advance(Duration.ofHours(47));
    assertThat(index.assign(a("2", "b.example", "wag-africa~v1")).storyId()).isEqualTo("1");
    clock.advance(Duration.ofHours(2));
    StoryAssignment late = index.assign(a("3", "c.example", "wag-africa~v2"));
    assertThat(late.storyId()).isEqualTo("3");
    assertThat(late.first()).isTrue();
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void theOldestStoriesGoBeyondTheMaximum() {
    StoryIndex small =
        new StoryIndex(StoryConfig.defaults().withLimits(Duration.ofHours(48), 2), clock);
    small.assign(a("1", "a.example", "rates-ecb"));
    small.assign(a("2", "a.example", "rates-boe"));
    small.assign(a("3", "a.example", "ukr-grain"));
    assertThat(small.size()).isEqualTo(2);
    assertThat(small.assign(a("4", "b.example", "rates-ecb~v1")).storyId()).isEqualTo("4");
    assertThat(small.assign(a("5", "b.example", "ukr-grain~v1")).storyId()).isEqualTo("3");
  }

  @Test
  void escalationFiresOnceWhenTheSourceCountReachesN() {
    EscalationRule rule = new EscalationRule(3);
    List<Boolean> fired = new ArrayList<>();
    String[][] arrivals = {
      {"a", "hez-speech"},
      {"b", "hez-speech~v1"},
      {"b", "hez-speech~v2"},
      {"c", "hez-speech~v1"},
      {"d", "hez-speech"},
      {"c", "hez-speech~v2"}
    };
    int n = 0;
    for (String[] x : arrivals)
      fired.add(rule.shouldAlert(index.assign(a("id" + n++, x[0] + ".example", x[1]))));
    assertThat(fired).containsExactly(false, false, false, true, false, false);
    assertThatThrownBy(() -> new EscalationRule(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replayingAnArticleGivesTheSameAnswer() {
    Article first = a("1", "a.example", "ukr-grain");
    Article copy = a("2", "b.example", "ukr-grain~v2");
    StoryAssignment f = index.assign(first);
    StoryAssignment c = index.assign(copy);
    assertThat(index.assign(first)).isEqualTo(f);
    assertThat(index.assign(copy)).isEqualTo(c);
    assertThat(index.story("1").orElseThrow().minhashes()).hasSize(2);
  }

  @Test
  void shortTextsAreNeverMerged() {
    Article x = LabelledPairs.article("1", "https://a.example/", "Live updates", "");
    Article y = LabelledPairs.article("2", "https://b.example/", "Live updates", "");
    assertThat(index.assign(x).first()).isTrue();
    assertThat(index.assign(y))
        .isEqualTo(new StoryAssignment("2", true, 1, 1.0, true, "b.example", null, null));
  }
}
