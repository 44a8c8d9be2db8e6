package dev.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.MatchSettings;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.entity.EntityTagger;
import dev.vigil.match.entity.TaggedEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RuleBookTest {
  private static Article article(String text) {
    return new Article(
        1,
        "id",
        "http://127.0.0.1/f",
        "f",
        null,
        null,
        "t",
        text,
        "",
        List.of(),
        List.of(),
        Instant.EPOCH,
        Instant.EPOCH,
        false);
  }

  private static List<String> hits(RuleBook book, String text) {
    return book.current().match(article(text)).stream().map(RuleHit::ruleId).toList();
  }

  @Test
  void aBrokenRuleKeepsItsPreviousVersionAndTheOthersUpdate() throws Exception {
    List<EntitySpec> none = List.of();
    try (RuleBook book =
        new RuleBook(
            List.of(
                new RuleSpec("a", "Hezbollah", List.of("log")),
                new RuleSpec("b", "Wagner", List.of("log"))),
            none)) {
      List<String> problems =
          book.reload(
              List.of(
                  new RuleSpec("a", "Hezbollah AND (", List.of("log")),
                  new RuleSpec("b", "Prigozhin", List.of("log")),
                  new RuleSpec("c", "@ghost", List.of("log"))),
              none);
      assertThat(problems).hasSize(2);
      assertThat(problems.get(0)).contains("rule 'a'").contains("previous version stays active");
      assertThat(problems.get(1)).contains("unknown entity @ghost").contains("rule skipped");
      assertThat(hits(book, "Hezbollah and Prigozhin")).containsExactly("a", "b");
      assertThat(hits(book, "Wagner")).isEmpty();
      assertThat(book.rules())
          .extracting(RuleSpec::query)
          .containsExactly("Hezbollah", "Prigozhin");
    }
  }

  @Test
  void entitiesReloadWithTheRules() throws Exception {
    try (RuleBook book =
        new RuleBook(
            List.of(new RuleSpec("p", "@pantsir", List.of("log"))),
            List.of(new EntitySpec("pantsir", "Pantsir", "weapon", List.of())))) {
      assertThat(hits(book, "An SA-22 battery")).isEmpty();
      book.reload(
          book.rules(), List.of(new EntitySpec("pantsir", "Pantsir", "weapon", List.of("SA-22"))));
      assertThat(hits(book, "An SA-22 battery")).containsExactly("p");
    }
  }

  @Test
  void aNewWatchlistGetsANewTagger() throws Exception {
    List<List<EntitySpec>> built = new ArrayList<>();
    Function<List<EntitySpec>, EntityTagger> taggers =
        watchlist -> {
          built.add(watchlist);
          return new NamedEntityMatchTest.NameTagger(Map.of("Dmitry Utkin", TaggedEntity.PERSON));
        };
    List<EntitySpec> one = List.of(new EntitySpec("wagner", "Wagner Group", "org", List.of()));
    try (RuleBook book =
        new RuleBook(
            List.of(new RuleSpec("p", "type:person NEAR/5 @wagner", List.of("log"))),
            one,
            MatchSettings.DEFAULT,
            taggers)) {
      assertThat(hits(book, "Dmitry Utkin of the Wagner Group")).containsExactly("p");
      book.reload(book.rules(), one);
      assertThat(built).hasSize(1); // the same watchlist keeps its tagger
      List<EntitySpec> two =
          List.of(new EntitySpec("wagner", "Wagner Group", "org", List.of("PMC Wagner")));
      assertThat(book.reload(book.rules(), two)).isEmpty();
      assertThat(built).containsExactly(one, two);
      assertThat(hits(book, "Dmitry Utkin of PMC Wagner")).containsExactly("p");
    }
  }
}
