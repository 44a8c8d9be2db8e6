package dev.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public class LanguageGuessTest {
  @Test
  void latinTextByFunctionWords() {
    assertThat(LanguageGuess.of("The minister said that the talks were over and the army left."))
        .isEqualTo("en");
    assertThat(
            LanguageGuess.of(
                "Le ministre a dit que les négociations sont terminées et que la guerre est finie."))
        .isEqualTo("fr");
    assertThat(
            LanguageGuess.of("Der Minister sagte, dass die Gespräche nicht mit dem Krieg enden."))
        .isEqualTo("de");
    assertThat(
            LanguageGuess.of(
                "El ministro dijo que las negociaciones con los rebeldes es para la paz."))
        .isEqualTo("es");
  }

  @Test
  void otherScriptsByScript() {
    assertThat(LanguageGuess.of("Бойцы ЧВК Вагнер покинули Бахмут")).isEqualTo("ru");
    assertThat(LanguageGuess.of("Україна отримала нові системи ППО")).isEqualTo("uk");
    assertThat(LanguageGuess.of("قال حزب الله في بيان")).isEqualTo("ar");
  }

  @Test
  void unsureIsUnd() {
    assertThat(LanguageGuess.of("SA-22")).isEqualTo("und");
    assertThat(LanguageGuess.of("")).isEqualTo("und");
  }
}
