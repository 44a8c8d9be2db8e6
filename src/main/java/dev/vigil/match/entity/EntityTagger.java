package dev.vigil.match.entity;

import dev.vigil.config.EntitySpec;
import java.util.List;
import java.util.Set;

/**
 * Finds named entities (people, organisations, places, watchlist entities) in article text.
 *
 * <p>This interface is the whole of NER that the default build carries: the only implementation,
 * Stanford CoreNLP, is GPL-3.0 and is compiled in by the Maven profile {@code ner} alone. Callers
 * get one from {@link EntityTaggers#load}, which falls back to {@link #NONE}.
 */
public interface EntityTagger {
  /** Entities in {@code text}, in text order; offsets are char offsets into {@code text}. */
  List<TaggedEntity> tag(String text);

  /**
   * The types it finds besides the watchlist's, as queries write them after {@code type:} (see
   * {@link TaggedEntity#queryType}): with a tagger, {@code type:person} compiles even when no
   * watchlist entity is a {@code person}. None for {@link #NONE}.
   */
  default Set<String> types() {
    return Set.of();
  }

  /** The tagger of the default build: finds nothing, costs nothing. */
  EntityTagger NONE = text -> List.of();

  /**
   * What {@link java.util.ServiceLoader} finds, as {@code
   * META-INF/services/dev.vigil.match.entity.EntityTagger$Factory}. A factory, because
   * ServiceLoader needs a no-argument constructor and a tagger needs the watchlist up front
   * (CoreNLP compiles it into its pipeline).
   */
  interface Factory {
    EntityTagger create(List<EntitySpec> watchlist);
  }
}
