package dev.vigil.match.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigil.config.EntitySpec;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The default build has no NER implementation: loading must give the no-op tagger. */
public class EntityTaggersTest {
  private static final List<EntitySpec> WATCHLIST =
      List.of(new EntitySpec("wagner", "Wagner Group", "org", List.of("PMC Wagner")));

  @Test
  void defaultBuildFallsBackToNoOp() {
    // An empty class loader sees no META-INF/services file, whatever profile built the classpath.
    ClassLoader bare = new ClassLoader(null) {};
    EntityTagger tagger = EntityTaggers.load(WATCHLIST, bare);
    assertThat(tagger).isSameAs(EntityTagger.NONE);
    assertThat(tagger.tag("Yevgeny Prigozhin founded the Wagner Group in Russia.")).isEmpty();
  }

  @Test
  void loadWithoutImplementationGivesNoOp() {
    // True of the default build; under -Pner the CoreNLP factory is on the classpath instead.
    assumeTrue(
        ServiceLoader.load(EntityTagger.Factory.class).findFirst().isEmpty(),
        "an EntityTagger is registered");
    assertThat(EntityTaggers.load()).isSameAs(EntityTagger.NONE);
    assertThat(EntityTaggers.load(WATCHLIST)).isSameAs(EntityTagger.NONE);
  }

  @Test
  void noOpTaggerAcceptsAnyText() {
    assertThat(EntityTagger.NONE.tag("")).isEmpty();
    assertThat(EntityTagger.NONE.tag("He said so.")).isEmpty();
  }

  @Test
  void taggedEntityRejectsBackwardSpan() {
    assertThatThrownBy(() -> new TaggedEntity("x", TaggedEntity.PERSON, 5, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
