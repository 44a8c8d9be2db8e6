package dev.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every query of the cookbook in docs/queries.md compiles, and words are not stemmed, as it says.
 */
class QueryCookbookTest {
  private static final List<EntitySpec> WATCHLIST =
      List.of(
          new EntitySpec(
              "hezbollah",
              "Hezbollah",
              "org",
              List.of("Hizbullah"),
              List.of(),
              EntitySpec.DEFAULT_EXCLUDE_WINDOW),
          new EntitySpec(
              "wagner",
              "Wagner Group",
              "org",
              List.of("PMC Wagner"),
              List.of(),
              EntitySpec.DEFAULT_EXCLUDE_WINDOW),
          new EntitySpec(
              "pantsir",
              "Pantsir",
              "weapon",
              List.of("SA-22"),
              List.of(),
              EntitySpec.DEFAULT_EXCLUDE_WINDOW));

  @Test
  void everyCookbookQueryCompiles() throws Exception {
    String doc = Files.readString(Path.of("docs", "queries.md"));
    String cookbook = doc.substring(doc.indexOf("## Cookbook"), doc.indexOf("## Errors"));
    List<RuleSpec> rules = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\| `(.+?)` \\|").matcher(cookbook);
    while (m.find()) rules.add(new RuleSpec("r" + rules.size(), m.group(1), List.of("log")));
    assertThat(rules).hasSize(10);
    try (RuleSet set = RuleSet.compile(rules, WATCHLIST)) {
      assertThat(set).isNotNull();
    }
  }

  @Test
  void plainWordsAreNotStemmed() {
    assertThat(Articles.matches("attack", "Several attacks were reported.")).isFalse();
    assertThat(Articles.matches("attack*", "Several attacks were reported.")).isTrue();
  }
}
