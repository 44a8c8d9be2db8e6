package dev.vigil.match;

import static dev.vigil.match.Articles.matches;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The analyzer seen through whole rules: the same normalisation on queries and articles. */
class RuleSetNormalisationTest {
  @Test
  void designatorVariantsMatchEachOther() {
    for (String q : new String[] {"SA-22", "\"SA 22\"", "SA22", "sa-22"}) {
      for (String text : new String[] {"an SA-22 battery", "an SA 22 battery", "the SA22 system", "two SA-22s"}) {
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
}
