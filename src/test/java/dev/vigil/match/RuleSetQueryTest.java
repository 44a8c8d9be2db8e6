package dev.vigil.match;

import static dev.vigil.match.Articles.matches;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query language, matched against articles. */
class RuleSetQueryTest {
  private static boolean matchesArticle(String q, Article a) {
    return matches(q, a, List.of());
  }

  @Test
  void booleanOperatorsAndPrecedence() {
    assertThat(matches("wagner hezbollah", "Wagner and Hezbollah")).isTrue();
    assertThat(matches("wagner hezbollah", "Wagner only")).isFalse();
    assertThat(matches("wagner OR hezbollah", "Hezbollah only")).isTrue();
    assertThat(matches("wagner -opera", "Wagner at the opera")).isFalse();
    assertThat(matches("wagner AND NOT opera", "Wagner in Mali")).isTrue();
    assertThat(matches("mali OR wagner AND opera", "news from Mali")).isTrue();
    assertThat(matches("(mali OR wagner) AND opera", "news from Mali")).isFalse();
    assertThat(matches("wagner OR NOT opera", "nothing relevant")).isTrue();
  }

  @Test
  void proximity() {
    assertThat(matches("wagner NEAR/3 hezbollah", "Wagner met with Hezbollah")).isTrue();
    assertThat(matches("wagner NEAR/3 hezbollah", "Hezbollah met with Wagner")).isTrue();
    assertThat(matches("wagner NEAR/1 hezbollah", "Wagner met with Hezbollah")).isFalse();
    assertThat(matches("wagner NEAR/2 hezbollah", "Wagner met with Hezbollah")).isTrue();
    assertThat(matches("\"wagner hezbollah\"~2", "Hezbollah met with Wagner")).isTrue();
    assertThat(matches("\"wagner hezbollah\"~1", "Hezbollah met with Wagner")).isFalse();
    assertThat(matches("(wagner OR prigozhin) NEAR/2 (mali OR niger)", "Prigozhin flew to Niger"))
        .isTrue();
    assertThat(matches("\"wagner group\" NEAR/2 mali", "the Wagner Group left Mali")).isTrue();
    assertThat(matches("(a NEAR/1 b) NEAR/1 c", "a b x c")).isTrue();
    assertThat(matches("(a NEAR/1 b) NEAR/1 c", "a b x y c")).isFalse();
  }

  @Test
  void prefixes() {
    assertThat(matches("syri*", "the Syrian army")).isTrue();
    assertThat(matches("syri*", "in Syria")).isTrue();
    assertThat(matches("syri*", "in Serbia")).isFalse();
    assertThat(matches("sa-2*", "an SA-22 was seen")).isTrue();
    assertThat(matches("syri* NEAR/2 army", "the Syrian army")).isTrue();
  }

  @Test
  void aPrefixWithTooManyExpansionsFailsOnlyItsOwnRule() throws java.io.IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 1100; i++) {
      body.append("abcx")
          .append((char) ('a' + i / 676))
          .append((char) ('a' + i / 26 % 26))
          .append((char) ('a' + i % 26))
          .append(' ');
    }
    body.append("wagner");
    java.util.List<dev.vigil.config.RuleSpec> rules =
        java.util.List.of(
            new dev.vigil.config.RuleSpec("prefix", "abcx*", java.util.List.of("log")),
            new dev.vigil.config.RuleSpec("word", "wagner", java.util.List.of("log")));
    try (RuleSet set = RuleSet.compile(rules, java.util.List.of())) {
      assertThat(set.match(Articles.body(body.toString())))
          .extracting(RuleHit::ruleId)
          .containsExactly("word");
    }
  }

  @Test
  void exactCase() {
    assertThat(matches("case:US", "US forces withdrew")).isTrue();
    assertThat(matches("case:US", "let us withdraw")).isFalse();
    assertThat(matches("case:US NEAR/2 forces", "US forces withdrew")).isTrue();
    assertThat(matches("title:case:IS", Articles.text("IS claims attack", "is"), List.of()))
        .isTrue();
  }

  @Test
  void fields() {
    Article a =
        new Article(
            1,
            "i",
            "https://feeds.reuters.com/world",
            "Reuters World",
            "g",
            "https://www.bbc.co.uk/news/world-123",
            "Wagner leaves Mali",
            "A summary.",
            "The minister said that the group was leaving and the army is taking over.",
            List.of("Jane Smith"),
            List.of("Middle East", "Africa"),
            Instant.EPOCH,
            Instant.EPOCH,
            false);
    assertThat(matchesArticle("title:wagner", a)).isTrue();
    assertThat(matchesArticle("title:minister", a)).isFalse();
    assertThat(matchesArticle("content:minister", a)).isTrue();
    assertThat(matchesArticle("content:wagner", a)).isTrue();
    assertThat(matchesArticle("author:smith", a)).isTrue();
    assertThat(matchesArticle("author:jones", a)).isFalse();
    assertThat(matchesArticle("feed:reuters", a)).isTrue();
    assertThat(matchesArticle("tag:africa", a)).isTrue();
    assertThat(matchesArticle("tag:\"middle east\"", a)).isTrue();
    assertThat(matchesArticle("tag:\"east africa\"", a)).isFalse();
    assertThat(matchesArticle("lang:en", a)).isTrue();
    assertThat(matchesArticle("lang:fr", a)).isFalse();
    assertThat(matchesArticle("domain:bbc.co.uk", a)).isTrue();
    assertThat(matchesArticle("domain:BBC.CO.UK wagner", a)).isTrue();
    assertThat(matchesArticle("domain:co.uk", a)).isTrue();
    assertThat(matchesArticle("domain:cnn.com", a)).isFalse();
  }

  @Test
  void regexRunsOnTheRawText() {
    assertThat(matches("sa re:/SA-2[0-9]\\b/", "an SA-22 battery")).isTrue();
    assertThat(matches("sa re:/SA-2[0-9]\\b/", "an SA-220 battery")).isFalse();
    assertThat(matches("sa NOT re:/SA-2[0-9]\\b/", "an SA-220 battery")).isTrue();
  }
}
