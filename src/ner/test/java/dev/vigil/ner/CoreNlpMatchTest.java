package dev.vigil.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.RuleHit;
import dev.vigil.match.RuleSet;
import dev.vigil.match.entity.EntityTagger;
import dev.vigil.match.entity.EntityTaggers;
import dev.vigil.match.entity.TaggedEntity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules with {@code type:} over what CoreNLP tags. Runs only with -Pner. */
class CoreNlpMatchTest {
  static final List<EntitySpec> WATCHLIST =
      List.of(
          new EntitySpec(
              "wagner",
              "Wagner Group",
              "org",
              List.of("PMC Wagner", "Wagner"),
              List.of("opera", "Richard"),
              5));
  static final List<RuleSpec> RULES =
      List.of(
          new RuleSpec("person-wagner", "type:person NEAR/10 @wagner", List.of("log")),
          new RuleSpec("place-wagner", "type:place NEAR/10 @wagner", List.of("log")),
          new RuleSpec("org-sahel", "type:org NEAR/3 Sahel", List.of("log")));

  static EntityTagger tagger;

  @BeforeAll
  static void load() {
    tagger = EntityTaggers.load(WATCHLIST);
  }

  static Article article(String title, String text) {
    return new Article(
        Article.SCHEMA,
        "id",
        "https://feeds.example.org/world.xml",
        "World",
        "g",
        "https://www.example.org/a/1",
        title,
        "",
        text,
        List.of(),
        List.of(),
        Instant.EPOCH,
        Instant.EPOCH,
        false);
  }

  static List<RuleHit> match(Article a) throws Exception {
    try (RuleSet set = RuleSet.compile(RULES, WATCHLIST, tagger)) {
      return set.match(a);
    }
  }

  @Test
  void aPersonNearTheWagnerGroup() throws Exception {
    List<RuleHit> hits =
        match(
            article(
                "Russia tightens grip on Wagner's African operations",
                "BAMAKO, Mali (Reuters) - Russian Deputy Defence Minister Yunus-Bek Yevkurov met commanders of the "
                    + "Wagner Group in Bamako on Thursday, two diplomats said, as Moscow moves the mercenaries' "
                    + "operations in Mali under the control of its defence ministry."));
    assertThat(hits).extracting(RuleHit::ruleId).contains("person-wagner", "place-wagner");
    RuleHit person =
        hits.stream().filter(h -> h.ruleId().equals("person-wagner")).findFirst().orElseThrow();
    assertThat(person.tagged())
        .extracting(TaggedEntity::text, TaggedEntity::queryType)
        .contains(
            tuple("Yunus-Bek Yevkurov", "person"),
            tuple("Bamako", "place"),
            tuple("Moscow", "place"),
            tuple("Wagner Group", "org"));
  }

  @Test
  void noPersonWithinTenWords() throws Exception {
    List<RuleHit> hits =
        match(
            article(
                "Mali junta extends transition",
                "Mali's military government said on Friday that the transition would last until 2029. Analysts in "
                    + "Dakar said that the country's security partners, among them the Wagner Group, would stay."));
    assertThat(hits)
        .extracting(RuleHit::ruleId)
        .doesNotContain("person-wagner")
        .contains("place-wagner");
  }

  @Test
  void theComposerIsNotTheGroup() throws Exception {
    String text =
        "Chancellor Olaf Scholz attended the premiere of Richard Wagner's opera Parsifal in Bayreuth.";
    // Two people within 10 words of "Wagner", but that Wagner is next to "Richard" and "opera",
    // the entity's exclusions, so it is not @wagner.
    assertThat(tagger.tag(text))
        .extracting(TaggedEntity::text, TaggedEntity::queryType)
        .contains(tuple("Olaf Scholz", "person"), tuple("Richard Wagner", "person"));
    List<RuleHit> hits = match(article("Bayreuth festival opens", text));
    assertThat(hits).extracting(RuleHit::ruleId).doesNotContain("person-wagner", "place-wagner");
  }
}
