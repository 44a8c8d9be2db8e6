package dev.vigil.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import org.junit.jupiter.api.Test;

/** Telling two stories told in the same stock sentences apart, and keeping the copies of one together. */
class FactsCompareTest {
  private static final String STOCK = "Residents were urged to stay in shelters until the all-clear. "
      + "Further details were not immediately available.";

  static Article item(String feed, String title, String text) {
    return LabelledPairs.article(title, "https://" + feed + "/rss", title, text);
  }

  static String difference(Article a, Article b) {
    return FactsCompare.difference(Facts.of(a), Facts.of(b));
  }

  @Test
  void anotherPlaceActorWeaponOrNumberIsAnotherStory() {
    assertThat(difference(item("a.example", "Air raid alert in Kharkiv oblast", STOCK),
        item("a.example", "Air raid alert in Odesa oblast", STOCK))).isEqualTo("kharkiv / odesa in the headline");
    assertThat(difference(item("a.example", "al-Shabaab claims attack on convoy outside Kharkiv", STOCK),
        item("a.example", "Shahed-136 battery spotted near Bakhmut", STOCK))).contains("bakhmut");
    assertThat(difference(item("a.example", "Magnitude 5.1 earthquake strikes near Tobelo", STOCK),
        item("a.example", "Magnitude 4.8 earthquake strikes near Tobelo", STOCK))).isEqualTo("5 1 / 4 8 in the headline");
    assertThat(difference(item("a.example", "Hamas fires rockets at Israel", STOCK),
        item("a.example", "Hezbollah fires rockets at Israel", STOCK))).isEqualTo("hamas / hezbollah in the headline");
  }

  @Test
  void aPlaceOrATimeInTheTextOfAnAlertTellsItApart() {
    assertThat(difference(item("a.example", "Air raid alert", "An air raid alert was declared in Kharkiv oblast. " + STOCK),
        item("a.example", "Air raid alert", "An air raid alert was declared in Odesa oblast. " + STOCK)))
        .isEqualTo("kharkiv / odesa");
    assertThat(difference(item("a.example", "Air raid alert", "Sirens sounded in Kharkiv at 14:05. " + STOCK),
        item("a.example", "Air raid alert", "Sirens sounded in Kharkiv at 16:40. " + STOCK)))
        .isEqualTo("14 5 / 16 40");
  }

  @Test
  void copiesOfOneStoryStayTogether() {
    Article wire = item("wire.example", "Russian drones hit power plant in Kharkiv",
        "Russian drones struck a thermal power plant in Kharkiv overnight, the regional governor said. " + STOCK);
    assertThat(difference(wire, item("kyivpost.com", "Russian drones hit power plant in Kharkiv | Kyiv Post",
        "KYIV (Reuters) - Russian drones struck a thermal power plant in Kharkiv overnight, the regional governor "
            + "said. " + STOCK + "\nRead more on our website."))).isNull();
    assertThat(difference(wire, item("b.example", "Power plant in Kharkov hit by Russian drones",
        "Russian drones struck a thermal power plant in Kharkov overnight, the regional governor said."))).isNull();
    assertThat(difference(wire, item("c.example", "Russian drones hit power plant in Kharkiv",
        "Russian drones struck a thermal power plant in Kharkiv overnight, the regional governor said. Officials "
            + "from the Ministry of Energy said power would be restored by Friday. " + STOCK))).isNull();
  }

  @Test
  void factsSurviveTheirOneLineForm() {
    Facts f = Facts.of(item("a.example", "Air raid alert in Kharkiv oblast", "Sirens at 14:05. " + STOCK));
    Facts back = Facts.decode(f.encode());
    assertThat(back.encode()).isEqualTo(f.encode());
    assertThat(back.known()).isEqualTo(f.known());
    assertThat(FactsCompare.difference(back, f)).isNull();
  }
}
