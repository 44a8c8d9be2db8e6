package dev.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.entity.EntityHit;
import dev.vigil.match.highlight.TextSpan;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMatchTest {
  static final EntitySpec WAGNER =
      new EntitySpec(
          "wagner",
          "Wagner Group",
          "org",
          List.of("PMC Wagner", "Wagner", "ЧВК Вагнер", "Вагнер"),
          List.of("opera", "Richard", "Ring", "composer", "Tannhäuser", "Bayreuth"),
          6);
  static final EntitySpec SA22 =
      new EntitySpec("sa22", "Pantsir", "weapon", List.of("SA-22", "Pantsir-S1"));
  static final EntitySpec IS =
      new EntitySpec("is", "Islamic State", "org", List.of("case:IS", "ISIS", "Daesh"));
  static final List<EntitySpec> ALL = List.of(WAGNER, SA22, IS);

  private static List<RuleHit> hits(String query, Article a) throws IOException {
    try (RuleSet set = RuleSet.compile(List.of(new RuleSpec("r", query, List.of("log"))), ALL)) {
      return set.match(a);
    }
  }

  private static boolean matches(String query, String body) throws IOException {
    return !hits(query, Articles.body(body)).isEmpty();
  }

  @Test
  void anAliasMatchesTheEntity() throws IOException {
    assertThat(matches("@wagner", "Fighters of PMC Wagner were seen in Mali")).isTrue();
    assertThat(matches("@wagner", "the Wagner Group's fighters")).isTrue();
    assertThat(matches("@wagner", "бойцы ЧВК Вагнер в Мали")).isTrue();
  }

  @Test
  void exclusionsDropOccurrencesNearTheirWords() throws IOException {
    assertThat(matches("@wagner", "a new staging of Wagner's Ring cycle")).isFalse();
    assertThat(matches("@wagner", "Richard Wagner wrote it")).isFalse();
    assertThat(matches("@wagner", "the opera house staged Wagner last night")).isFalse();
    assertThat(
            matches(
                "@wagner",
                "Wagner's Ring cycle opened in Bayreuth. Far away, in another story entirely, Wagner mercenaries left Mali."))
        .isTrue();
  }

  @Test
  void caseAliasesKeepCase() throws IOException {
    assertThat(matches("@is", "IS claimed the attack")).isTrue();
    assertThat(matches("@is", "it is what it is")).isFalse();
    assertThat(matches("@is", "daesh claimed it")).isTrue();
  }

  @Test
  void typeMatchesAnyEntityOfTheType() throws IOException {
    assertThat(matches("type:weapon", "a Pantsir-S1 was hit")).isTrue();
    assertThat(matches("type:weapon", "an SA-220 was hit")).isFalse();
    assertThat(matches("type:org NEAR/5 mali", "Wagner fighters left Mali")).isTrue();
  }

  @Test
  void aHitSaysWhichEntityThroughWhichAliasAndWhere() throws IOException {
    String body = "Fighters of PMC Wagner and an SA-22 battery.";
    List<RuleHit> hits = hits("@wagner OR type:weapon", Articles.body(body));
    assertThat(hits).hasSize(1);
    RuleHit h = hits.get(0);
    assertThat(h.entities())
        .extracting(EntityHit::entityId)
        .containsExactlyInAnyOrder("wagner", "wagner", "sa22");
    EntityHit pmc =
        h.entities().stream().filter(e -> e.alias().equals("PMC Wagner")).findFirst().orElseThrow();
    assertThat(pmc.name()).isEqualTo("Wagner Group");
    assertThat(pmc.type()).isEqualTo("org");
    assertThat(pmc.spans()).extracting(TextSpan::text).containsExactly("PMC Wagner");
    EntityHit sa =
        h.entities().stream().filter(e -> e.entityId().equals("sa22")).findFirst().orElseThrow();
    assertThat(sa.alias()).isEqualTo("SA-22");
    TextSpan s = sa.spans().get(0);
    assertThat(ArticleDocument.content(Articles.body(body)).substring(s.start(), s.end()))
        .isEqualTo("SA-22");
  }

  @Test
  void entitiesWithNoWordsAreRejected() {
    EntitySpec bad = new EntitySpec("bad", "!!!", "free", List.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RuleSet.compile(List.of(), List.of(bad)))
        .hasMessageContaining("entity 'bad'");
  }
}
