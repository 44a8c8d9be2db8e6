package dev.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.article.Article;
import dev.vigil.article.Match;
import dev.vigil.config.ConfigException;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.entity.EntityTagger;
import dev.vigil.match.entity.TaggedEntity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code type:person} and friends with a tagger: what it tags is indexed as types at the tagged
 * words, so NEAR counts words from them. The tagger here is a stand-in for CoreNLP (which the
 * default build does not have): it tags the names it is given, wherever they occur.
 */
class NamedEntityMatchTest {
  static final EntitySpec WAGNER =
      new EntitySpec(
          "wagner", "Wagner Group", "org", List.of("PMC Wagner", "Wagner"), List.of("opera"), 5);
  static final String RULE = "type:person NEAR/10 @wagner";

  /** Tags each occurrence of each name with its type, as a real tagger would. */
  record NameTagger(Map<String, String> names) implements EntityTagger {
    @Override
    public List<TaggedEntity> tag(String text) {
      List<TaggedEntity> out = new ArrayList<>();
      names.forEach(
          (name, type) -> {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
              out.add(new TaggedEntity(name, type, i, i + name.length()));
            }
          });
      out.sort(Comparator.comparingInt(TaggedEntity::start));
      return out;
    }

    @Override
    public Set<String> types() {
      return Set.of("person", "org", "place", "misc");
    }
  }

  static final EntityTagger UTKIN =
      new NameTagger(Map.of("Dmitry Utkin", TaggedEntity.PERSON, "Bamako", TaggedEntity.LOCATION));

  static List<RuleHit> match(String query, EntityTagger tagger, Article a) throws Exception {
    try (RuleSet set =
        RuleSet.compile(
            List.of(new RuleSpec("r", query, List.of("log"))), List.of(WAGNER), tagger)) {
      return set.match(a);
    }
  }

  @Test
  void aTaggedPersonWithinTenWordsMatches() throws Exception {
    Article a =
        Articles.text("Mali", "Dmitry Utkin, a founder of the Wagner Group, was seen in Bamako.");
    List<RuleHit> hits = match(RULE, UTKIN, a);
    assertThat(hits).hasSize(1);
    // The shortest stretch that satisfies NEAR: the tagged word nearest the entity.
    assertThat(hits.get(0).terms()).containsExactly("Utkin", "Wagner Group");
    assertThat(hits.get(0).tagged())
        .extracting(TaggedEntity::text)
        .containsExactly("Dmitry Utkin", "Bamako");
  }

  @Test
  void aTaggedPersonFurtherAwayDoesNotMatch() throws Exception {
    Article a =
        Articles.text(
            "Mali",
            "Dmitry Utkin flew to Bamako on Monday, officials said; a day later, in "
                + "the north, fighters of the Wagner Group were seen.");
    assertThat(match(RULE, UTKIN, a)).isEmpty();
    assertThat(match("type:person NEAR/20 @wagner", UTKIN, a)).hasSize(1);
  }

  @Test
  void untaggedWordsAreNotAPerson() throws Exception {
    Article a =
        Articles.text("Mali", "Dmitry Utkin, a founder of the Wagner Group, was seen in Bamako.");
    assertThat(match(RULE, new NameTagger(Map.of()), a)).isEmpty();
    // A place is not a person, and the type counts only where it was tagged.
    assertThat(match("type:place NEAR/10 @wagner", UTKIN, a)).hasSize(1);
    assertThat(match("type:place NEAR/0 founder", UTKIN, a)).isEmpty();
  }

  @Test
  void watchlistTypesStillMatchAndKeepTheirExclusions() throws Exception {
    // A tagger that, like CoreNLP with the watchlist, types "Wagner" as the entity's org.
    EntityTagger tagger =
        new NameTagger(Map.of("Wagner", "org", "Bayreuth", TaggedEntity.LOCATION));
    assertThat(
            match(
                "type:org NEAR/5 Bayreuth",
                tagger,
                Articles.body("Wagner's opera opened in Bayreuth.")))
        .isEmpty();
    assertThat(
            match(
                "type:org NEAR/5 Bayreuth",
                tagger,
                Articles.body("Wagner fighters were seen in Bayreuth.")))
        .hasSize(1);
  }

  @Test
  void withoutATaggerNerTypesAreUnknown() {
    assertThatThrownBy(() -> match(RULE, EntityTagger.NONE, Articles.body("x")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no entity has type 'person'");
  }

  @Test
  void theMatchListsTheNamedEntitiesOnce() throws Exception {
    Article a =
        Articles.text(
            "Dmitry Utkin in Mali",
            "Dmitry Utkin, a founder of the Wagner Group, was seen in " + "Bamako.");
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
    try (RuleSet set =
        RuleSet.compile(List.of(new RuleSpec("r", RULE, List.of("log"))), List.of(WAGNER), UTKIN)) {
      ArticleFilter filter = Articles.filter(() -> set, true, null, clock, 1);
      List<Match> matches = filter.filter(a);
      assertThat(matches).hasSize(1);
      assertThat(matches.get(0).namedEntities())
          .containsExactly(
              new Match.NamedEntity("Dmitry Utkin", "person"),
              new Match.NamedEntity("Bamako", "place"));
      assertThat(matches.get(0).entities())
          .extracting(Match.EntityMention::alias)
          .contains("Wagner Group");
    }
  }
}
