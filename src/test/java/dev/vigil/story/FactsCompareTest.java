package dev.vigil.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Telling two stories told in the same stock sentences apart, and keeping the copies of one
 * together.
 */
class FactsCompareTest {
  private static final String STOCK =
      "Residents were urged to stay in shelters until the all-clear. "
          + "Further details were not immediately available.";

  static Article item(String feed, String title, String text) {
    return LabelledPairs.article(title, "https://" + feed + "/rss", title, text);
  }

  static String difference(Article a, Article b) {
    return FactsCompare.difference(Facts.of(a), Facts.of(b));
  }

  @Test
  void anotherPlaceActorWeaponOrNumberIsAnotherStory() {
    assertThat(
            difference(
                item("a.example", "Air raid alert in Kharkiv oblast", STOCK),
                item("a.example", "Air raid alert in Odesa oblast", STOCK)))
        .isEqualTo("kharkiv / odesa in the headline");
    assertThat(
            difference(
                item("a.example", "al-Shabaab claims attack on convoy outside Kharkiv", STOCK),
                item("a.example", "Shahed-136 battery spotted near Bakhmut", STOCK)))
        .contains("bakhmut");
    assertThat(
            difference(
                item("a.example", "Magnitude 5.1 earthquake strikes near Tobelo", STOCK),
                item("a.example", "Magnitude 4.8 earthquake strikes near Tobelo", STOCK)))
        .isEqualTo("5 1 / 4 8 in the headline");
    assertThat(
            difference(
                item("a.example", "Hamas fires rockets at Israel", STOCK),
                item("a.example", "Hezbollah fires rockets at Israel", STOCK)))
        .isEqualTo("hamas / hezbollah in the headline");
  }

  @Test
  void aPlaceOrATimeInTheTextOfAnAlertTellsItApart() {
    assertThat(
            difference(
                item(
                    "a.example",
                    "Air raid alert",
                    "An air raid alert was declared in Kharkiv oblast. " + STOCK),
                item(
                    "a.example",
                    "Air raid alert",
                    "An air raid alert was declared in Odesa oblast. " + STOCK)))
        .isEqualTo("kharkiv / odesa");
    assertThat(
            difference(
                item("a.example", "Air raid alert", "Sirens sounded in Kharkiv at 14:05. " + STOCK),
                item(
                    "a.example", "Air raid alert", "Sirens sounded in Kharkiv at 16:40. " + STOCK)))
        .isEqualTo("14 5 / 16 40");
  }

  @Test
  void anotherDayWordOrFigureIsAnotherReport() {
    String lede = " killed 18 soldiers near Diapaga, the army said in a statement on its website.";
    assertThat(
            difference(
                item(
                    "a.example",
                    "Attack in Burkina Faso",
                    "Militants on Tuesday" + lede + " " + STOCK),
                item(
                    "a.example",
                    "Attack in Burkina Faso",
                    "Militants on Wednesday" + lede + " " + STOCK)))
        .isEqualTo("weekday2 / weekday3");
    assertThat(
            difference(
                item(
                    "a.example",
                    "Attaque au Burkina Faso",
                    "Des jihadistes ont tué mardi 18 soldats."),
                item(
                    "a.example",
                    "Attaque au Burkina Faso",
                    "Des jihadistes ont tué mercredi 18 soldats.")))
        .isEqualTo("weekday2 / weekday3");
    assertThat(
            difference(
                item(
                    "a.example",
                    "Russian drone attack on Kharkiv kills 7",
                    "A Russian drone attack on Kharkiv" + lede),
                item(
                    "a.example",
                    "Russian glide bomb attack on Kharkiv kills 7",
                    "A Russian glide bomb attack on " + "Kharkiv" + lede)))
        .isEqualTo("drone / glide bomb in the headline");
    String toll =
        "The toll from the floods rose to %d, the disaster management authority said, as rescuers searched "
            + "for the missing in villages cut off by landslides across the province, and aid began to arrive.";
    assertThat(
            difference(
                item("a.example", "Floods in Swat", toll.formatted(12) + " " + STOCK),
                item("b.example", "Floods in Swat", toll.formatted(14) + " " + STOCK)))
        .isEqualTo("12 / 14");
  }

  @Test
  void aHeadlineAloneIsItsFacts() {
    assertThat(
            difference(
                item("a.example", "Al Shabaab claims grenade attack on Jowhar market", ""),
                item("a.example", "Al Shabaab claims grenade attack on Jowhar restaurant", "")))
        .isEqualTo("market / restaurant in the headline");
  }

  @Test
  void aTimeOrDateWrittenOtherwiseIsTheSameFact() {
    assertThat(
            difference(
                item(
                    "a.example",
                    "Brent rises to $85.94",
                    "Brent rose 1.5% to $85.94 by 03:46 GMT."),
                item(
                    "b.example",
                    "Brent rises to $85.94",
                    "Brent rose 1.5 percent to $85.94 by 3:46 AM GMT.")))
        .isNull();
    assertThat(
            difference(
                item(
                    "a.example",
                    "Quake in Mexico",
                    "A quake struck Mexico at 2:13 p.m. on January 25."),
                item("b.example", "Quake in Mexico", "A quake struck Mexico at 14:13 on 25/01.")))
        .isNull();
  }

  @Test
  void copiesOfOneStoryStayTogether() {
    Article wire =
        item(
            "wire.example",
            "Russian drones hit power plant in Kharkiv",
            "Russian drones struck a thermal power plant in Kharkiv overnight, the regional governor said. "
                + STOCK);
    assertThat(
            difference(
                wire,
                item(
                    "kyivpost.com",
                    "Russian drones hit power plant in Kharkiv | Kyiv Post",
                    "KYIV (Reuters) - Russian drones struck a thermal power plant in Kharkiv overnight, the regional governor "
                        + "said. "
                        + STOCK
                        + "\nRead more on our website.")))
        .isNull();
    assertThat(
            difference(
                wire,
                item(
                    "b.example",
                    "Power plant in Kharkov hit by Russian drones",
                    "Russian drones struck a thermal power plant in Kharkov overnight, the regional governor said.")))
        .isNull();
    assertThat(
            difference(
                wire,
                item(
                    "c.example",
                    "Russian drones hit power plant in Kharkiv",
                    "Russian drones struck a thermal power plant in Kharkiv overnight, the regional governor said. Officials "
                        + "from the Ministry of Energy said power would be restored by Friday. "
                        + STOCK)))
        .isNull();
  }

  @Test
  void factsSurviveTheirOneLineForm() {
    Facts f =
        Facts.of(
            item("a.example", "Air raid alert in Kharkiv oblast", "Sirens at 14:05. " + STOCK));
    Facts back = Facts.decode(f.encode());
    assertThat(back.encode()).isEqualTo(f.encode());
    assertThat(back.known()).isEqualTo(f.known());
    assertThat(FactsCompare.difference(back, f)).isNull();
  }
}
