package dev.vigil.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vigil.config.EntitySpec;
import dev.vigil.match.entity.EntityTagger;
import dev.vigil.match.entity.EntityTaggers;
import dev.vigil.match.entity.TaggedEntity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs only with -Pner: ./mvnw -B -Pner test -Dtest='CoreNlp*Test'. */
class CoreNlpTaggerTest {
  static final List<EntitySpec> WATCHLIST =
      List.of(
          new EntitySpec("pantsir", "Pantsir", "weapon", List.of("SA-22", "Pantsir-S1")),
          new EntitySpec("wagner", "Wagner Group", "org", List.of("PMC Wagner")));

  static final String NEWS =
      "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in "
          + "Ankara on Tuesday, the Kremlin said. The United Nations and NATO condemned the strike on Kharkiv, "
          + "and Google suspended its services in Moscow.";

  static EntityTagger tagger;
  static EntityTagger modelOnly;

  @BeforeAll
  static void load() {
    tagger = EntityTaggers.load(WATCHLIST); // through ServiceLoader, as the matcher will
    modelOnly = new CoreNlpTagger(List.of());
  }

  @Test
  void serviceLoaderFindsCoreNlp() {
    assertThat(tagger).isInstanceOf(CoreNlpTagger.class);
  }

  @Test
  void tagsPeopleOrganisationsAndPlaces() {
    assertThat(tagger.tag(NEWS))
        .extracting(TaggedEntity::text, TaggedEntity::type)
        .contains(
            tuple("Vladimir Putin", "PERSON"),
            tuple("Ankara", "LOCATION"),
            tuple("United Nations", "ORGANIZATION"),
            tuple("NATO", "ORGANIZATION"),
            tuple("Kharkiv", "LOCATION"),
            tuple("Google", "ORGANIZATION"),
            tuple("Moscow", "LOCATION"));
  }

  @Test
  void offsetsPointIntoTheText() {
    for (TaggedEntity e : tagger.tag(NEWS)) {
      assertThat(NEWS.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  @Test
  void watchlistTypesWinOverTheModel() {
    String text =
        "Fighters of the Wagner Group, also known as PMC Wagner, were seen beside a Pantsir "
            + "battery; a Pantsir-S1, which NATO calls the SA-22, was destroyed.";
    assertThat(modelOnly.tag(text))
        .extracting(TaggedEntity::text, TaggedEntity::type)
        .contains(tuple("Wagner Group", "ORGANIZATION"))
        .doesNotContain(tuple("Pantsir", "weapon"));
    assertThat(tagger.tag(text))
        .extracting(TaggedEntity::text, TaggedEntity::type)
        .containsExactly(
            tuple("Wagner Group", "org"),
            tuple("PMC Wagner", "org"),
            tuple("Pantsir", "weapon"),
            tuple("Pantsir-S1", "weapon"),
            tuple("NATO", "ORGANIZATION"),
            tuple("SA-22", "weapon"));
  }

  @Test
  void aliasesAreCaseSensitive() {
    // "pantsir" in lower case is not the watchlist's "Pantsir".
    assertThat(tagger.tag("a pantsir of sorts"))
        .extracting(TaggedEntity::type)
        .doesNotContain("weapon");
  }

  @Test
  void pronounsAreFiltered() {
    String text =
        "Angela Merkel arrived late. She said he had called her. They met him at the "
            + "embassy, and it was his idea. We told them so, said Olaf Scholz.";
    assertThat(tagger.tag(text))
        .extracting(TaggedEntity::text)
        .contains("Angela Merkel", "Olaf Scholz")
        .doesNotContain("She", "he", "her", "They", "him", "it", "his", "We", "them");
  }

  @Test
  void pronounFilterKeepsAcronyms() {
    assertThat(CoreNlpTagger.isPronoun("he")).isTrue();
    assertThat(CoreNlpTagger.isPronoun("They")).isTrue();
    assertThat(CoreNlpTagger.isPronoun("US")).isFalse();
    assertThat(CoreNlpTagger.isPronoun("IT")).isFalse();
    assertThat(tagger.tag("Troops from the US and the UK landed."))
        .extracting(TaggedEntity::text)
        .contains("US");
  }

  @Test
  void blankLineEndsASentence() {
    // Headline and body must not run together into one entity "Emmanuel Macron Olaf Scholz".
    assertThat(tagger.tag("Emmanuel Macron\n\nOlaf Scholz arrived in Paris."))
        .extracting(TaggedEntity::text)
        .contains("Emmanuel Macron", "Olaf Scholz");
  }

  @Test
  void blankTextHasNoEntities() {
    assertThat(tagger.tag("")).isEmpty();
    assertThat(tagger.tag("  \n ")).isEmpty();
  }
}
