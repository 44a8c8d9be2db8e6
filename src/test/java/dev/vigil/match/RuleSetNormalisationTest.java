package dev.vigil.match;

import static dev.vigil.match.Articles.matches;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.MatchSettings;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.entity.EntityTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyzer seen through whole rules: the same normalisation on queries and articles. */
class RuleSetNormalisationTest {
  @Test
  void designatorVariantsMatchEachOther() {
    for (String q : new String[] {"SA-22", "\"SA 22\"", "SA22", "sa-22"}) {
      for (String text :
          new String[] {"an SA-22 battery", "an SA 22 battery", "the SA22 system", "two SA-22s"}) {
        assertThat(matches(q, text)).as(q + " in " + text).isTrue();
      }
    }
  }

  @Test
  void aLongerDesignatorDoesNotMatch() {
    assertThat(matches("SA-22", "an SA-220 battery")).isFalse();
    assertThat(matches("SA-220", "an SA-22 battery")).isFalse();
  }

  @Test
  void possessivesDiacriticsAndQuotes() {
    assertThat(matches("hezbollah", "Hezbollah’s leader spoke")).isTrue();
    assertThat(matches("Zurich", "talks in Zürich")).isTrue();
    assertThat(matches("Zürich", "talks in ZURICH")).isTrue();
  }

  @Test
  void joinedAndSplitForms() {
    assertThat(matches("al-Qaeda", "Alqaeda claimed it")).isTrue();
    assertThat(matches("al-Qaeda", "al Qaeda claimed it")).isTrue();
    assertThat(matches("alqaeda", "al-Qaeda claimed it")).isTrue();
  }

  @Test
  void nonLatinScripts() {
    assertThat(matches("Вагнер", "бойцы ЧВК «Вагнер» в Мали")).isTrue();
    assertThat(matches("حزب الله", "قال حزب الله في بيان")).isTrue();
    assertThat(matches("Вагнер", "Wagner fighters in Mali")).isFalse();
  }

  @Test
  void germanUmlautsMatchTheirTransliterationWhereConfigured() throws Exception {
    MatchSettings german = new MatchSettings(true);
    for (String q :
        new String[] {
          "Müller", "Mueller", "\"Thomas Müller\"", "@mueller", "MÜLLER NEAR/3 Bayern"
        }) {
      for (String text :
          new String[] {
            "Thomas Müller of Bayern", "Thomas Mueller of Bayern", "THOMAS MÜLLER OF BAYERN"
          }) {
        assertThat(withSettings(q, text, german)).as(q + " in " + text).isTrue();
      }
    }
    assertThat(withSettings("Muller", "Thomas Müller of Bayern", german))
        .isTrue(); // as without the option
    assertThat(withSettings("Muller", "Thomas Mueller of Bayern", german))
        .isFalse(); // two spellings, not one
    assertThat(withSettings("Zürich", "talks in Zuerich", german)).isTrue();
    assertThat(withSettings("Mül*", "Thomas Müller of Bayern", german)).isTrue();
    assertThat(withSettings("Mueller", "Thomas Müller of Bayern", MatchSettings.DEFAULT)).isFalse();
    assertThat(withSettings("Müller", "Thomas Mueller of Bayern", MatchSettings.DEFAULT)).isFalse();
  }

  @Test
  void umlautSpansAreTheWordAsWritten() throws Exception {
    Article a = Articles.body("Thomas Müller scored.");
    try (RuleSet set =
        RuleSet.compile(
            List.of(new RuleSpec("r", "Mueller", List.of("log"))),
            List.of(),
            EntityTagger.NONE,
            new MatchSettings(true))) {
      assertThat(set.match(a))
          .singleElement()
          .satisfies(h -> assertThat(h.terms()).containsExactly("Müller"));
    }
  }

  private static boolean withSettings(String query, String text, MatchSettings settings)
      throws Exception {
    List<EntitySpec> entities =
        List.of(new EntitySpec("mueller", "Thomas Müller", "person", List.of("Müller")));
    try (RuleSet set =
        RuleSet.compile(
            List.of(new RuleSpec("r", query, List.of("log"))),
            entities,
            EntityTagger.NONE,
            settings)) {
      return !set.match(Articles.body(text)).isEmpty();
    }
  }
}
