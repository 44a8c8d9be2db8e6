package dev.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.article.Match;
import dev.vigil.article.Page;
import dev.vigil.config.RuleSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Story decisions as the filter stage makes them: kept on the match record, per rule, or not at
 * all.
 */
class ArticleFilterStoryTest {
  private static final String STOCK =
      " The regional military administration urged residents to stay in shelters until "
          + "the all-clear. Further details were not immediately available, and officials did not say whether anyone "
          + "was hurt.";
  private static final Article FIRST =
      item(
          "a1",
          "wire.example",
          "Drone strike on power plant in Kharkiv",
          "Russian drones hit a power plant in Kharkiv overnight." + STOCK);
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);
  private final RuleSet rules =
      RuleSet.compile(
          List.of(
              new RuleSpec("grouped", "shelters", List.of("log")),
              new RuleSpec("every-copy", "shelters", List.of("log"), false)),
          List.of());

  @AfterEach
  void close() throws Exception {
    rules.close();
  }

  static Article item(String id, String host, String title, String text) {
    Instant t = Instant.parse("2026-12-07T00:00:00Z");
    return new Article(
        Article.SCHEMA,
        id,
        "https://" + host + "/rss",
        "",
        id,
        "https://" + host + "/" + id,
        title,
        "",
        text,
        List.of(),
        List.of(),
        t,
        t,
        false);
  }

  private ArticleFilter filter(boolean grouping) {
    return Articles.filter(() -> rules, grouping, null, clock, 3);
  }

  private static Match of(List<Match> matches, String rule) {
    return matches.stream().filter(m -> m.ruleId().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void aCopyJoinsItsStoryWithItsScoreAndFirstSourceAndARuleMayAlertOnEveryCopy() throws Exception {
    ArticleFilter f = filter(true);
    List<Match> first = f.filter(FIRST);
    List<Match> copy =
        f.filter(
            item(
                "b1",
                "paper.example",
                "Drone strike on power plant in Kharkiv",
                "KYIV (Reuters) - Russian drones hit a power plant in Kharkiv overnight."
                    + STOCK
                    + " Read more."));

    Match.Story joined = of(copy, "grouped").story();
    assertThat(of(copy, "grouped").alertId()).isEqualTo(of(first, "grouped").alertId());
    assertThat(joined.id()).isEqualTo("a1");
    assertThat(joined.first()).isFalse();
    assertThat(joined.score()).isBetween(0.55, 1.0);
    assertThat(joined.firstSource()).isEqualTo("wire.example");
    assertThat(joined.grouped()).isTrue();

    assertThat(of(copy, "every-copy").alertId()).isNotEqualTo(of(first, "every-copy").alertId());
    assertThat(of(copy, "every-copy").story())
        .extracting(Match.Story::id, Match.Story::first, Match.Story::grouped)
        .containsExactly("b1", true, false);
  }

  @Test
  void anotherEventInTheSameStockSentencesAlertsAndSaysWhatToldItApart() throws Exception {
    ArticleFilter f = filter(true);
    List<Match> first = f.filter(FIRST);
    List<Match> other =
        f.filter(
            item(
                "a2",
                "wire.example",
                "Drone strike on power plant in Odesa",
                "Russian drones hit a power plant in Odesa overnight." + STOCK));
    Match.Story apart = of(other, "grouped").story();
    assertThat(of(other, "grouped").alertId()).isNotEqualTo(of(first, "grouped").alertId());
    assertThat(apart.first()).isTrue();
    assertThat(apart.keptApartFrom()).isEqualTo("a1");
    assertThat(apart.difference()).isEqualTo("kharkiv / odesa in the headline");
  }

  @Test
  void teasersOfOneStoryAreGroupedByTheirPagesText() throws Exception {
    ArticleFilter f = filter(true);
    String page = "Russian drones hit a power plant in Kharkiv overnight." + STOCK;
    Article first =
        item("t1", "wire.example", "Drone strike on power plant in Kharkiv", "Drones hit Kharkiv…")
            .withPage(fetched(page));
    Article copy =
        item("t2", "paper.example", "Kharkiv power plant hit", "Overnight attack. Read more")
            .withPage(fetched("KYIV (Reuters) - " + page));

    Match a = of(f.filter(first), "grouped");
    Match b = of(f.filter(copy), "grouped");

    assertThat(b.alertId()).isEqualTo(a.alertId());
    assertThat(b.story().id()).isEqualTo("t1");
  }

  private static Page fetched(String text) {
    return new Page(Page.FETCHED, null, null, text, "", null, null, null, null, null);
  }

  @Test
  void withGroupingOffEveryArticleIsItsOwnStory() throws Exception {
    ArticleFilter f = filter(false);
    String text = "Russian drones hit a power plant in Kharkiv overnight." + STOCK;
    Match a = of(f.filter(item("a1", "wire.example", "Strike in Kharkiv", text)), "grouped");
    Match b = of(f.filter(item("b1", "paper.example", "Strike in Kharkiv", text)), "grouped");
    assertThat(a.alertId()).isNotEqualTo(b.alertId());
    assertThat(b.story())
        .extracting(Match.Story::id, Match.Story::first, Match.Story::grouped)
        .containsExactly("b1", true, false);
  }
}
