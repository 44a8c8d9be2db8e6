package dev.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.article.Article;
import dev.vigil.config.ConfigException;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The foundation's matching contract: syntax, field scopes, and entity aliases as case-insensitive
 * phrases.
 */
class EntityAliasTest {
  private static final List<EntitySpec> ENTITIES =
      List.of(
          new EntitySpec("pantsir", "Pantsir", "weapon", List.of("SA-22", "Pantsir-S1")),
          new EntitySpec("wagner", "Wagner Group", "org", List.of("PMC Wagner")));
  private RuleSet rules;

  private static Article article(String title, String text) {
    return new Article(
        1,
        "id",
        "http://127.0.0.1/f",
        "f",
        null,
        null,
        title,
        text,
        "",
        List.of(),
        List.of(),
        Instant.EPOCH,
        Instant.EPOCH,
        false);
  }

  private List<String> matching(String title, String text) {
    return rules.match(article(title, text)).stream().map(RuleHit::ruleId).toList();
  }

  @AfterEach
  void close() throws Exception {
    if (rules != null) {
      rules.close();
    }
  }

  @Test
  void aliasesMatchAsCaseInsensitivePhrases() {
    rules =
        RuleSet.compile(
            List.of(
                new RuleSpec("p", "@pantsir AND (Hezbollah OR Hizbullah)", List.of("log")),
                new RuleSpec("w", "@wagner", List.of("log"))),
            ENTITIES);
    assertThat(matching("Air defence", "An sa-22 battery was seen with Hizbullah fighters."))
        .containsExactly("p");
    assertThat(matching("Air defence", "A PANTSIR-S1 near Hezbollah's positions."))
        .containsExactly("p");
    assertThat(matching("Air defence", "An SA-220 battery near Hezbollah positions.")).isEmpty();
    assertThat(matching("Mali", "Fighters of PMC Wagner left Bamako.")).containsExactly("w");
    assertThat(matching("Mali", "Wagner's opera and a group of singers.")).isEmpty();
  }

  @Test
  void booleanSyntaxPhrasesAndFieldScopes() {
    rules =
        RuleSet.compile(
            List.of(
                new RuleSpec("and", "Hezbollah Beirut", List.of("log")),
                new RuleSpec("not", "Hezbollah NOT Beirut", List.of("log")),
                new RuleSpec("phrase", "\"air defence\"", List.of("log")),
                new RuleSpec("title", "title:Hezbollah", List.of("log")),
                new RuleSpec("content", "content:(Wagner OR Prigozhin)", List.of("log"))),
            ENTITIES);
    assertThat(matching("Strikes near Beirut", "Hezbollah said its air defence fired."))
        .containsExactlyInAnyOrder("and", "phrase");
    assertThat(matching("Hezbollah statement", "Prigozhin's men, defence of the air."))
        .containsExactlyInAnyOrder("not", "title", "content");
  }

  @Test
  void matchedTermsAreTheArticleText() {
    rules =
        RuleSet.compile(
            List.of(new RuleSpec("p", "@pantsir AND Hezbollah", List.of("log"))), ENTITIES);
    assertThat(rules.match(article("Report", "A Pantsir-S1 and Hezbollah.")).get(0).terms())
        .contains("Pantsir-S1", "Hezbollah");
  }

  @Test
  void badQueriesAreRejectedWithTheirPosition() {
    assertThatThrownBy(
            () ->
                RuleSet.compile(
                    List.of(new RuleSpec("r", "Hezbollah AND (Wagner", List.of())), ENTITIES))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rule 'r'")
        .hasMessageContaining("column 15")
        .hasMessageContaining("never closed");
    assertThatThrownBy(
            () -> RuleSet.compile(List.of(new RuleSpec("r", "x AND @nobody", List.of())), ENTITIES))
        .hasMessageContaining("column 7")
        .hasMessageContaining("unknown entity @nobody");
    assertThatThrownBy(
            () -> RuleSet.compile(List.of(new RuleSpec("r", "colour:x", List.of())), ENTITIES))
        .hasMessageContaining("unknown field 'colour:'");
  }
}
