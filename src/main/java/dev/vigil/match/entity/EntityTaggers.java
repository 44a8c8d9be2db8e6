package dev.vigil.match.entity;

import dev.vigil.config.EntitySpec;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the optional NER implementation on the classpath, or falls back to {@link
 * EntityTagger#NONE}.
 */
public final class EntityTaggers {
  private EntityTaggers() {}

  /** A tagger without a watchlist. */
  public static EntityTagger load() {
    return load(List.of());
  }

  /**
   * The first {@link EntityTagger.Factory} registered on the classpath, built with {@code
   * watchlist}; {@link EntityTagger#NONE} when there is none, as in the default build. Building one
   * can take a second or more (CoreNLP reads its model), so call this once, not per article.
   */
  public static EntityTagger load(List<EntitySpec> watchlist) {
    return load(watchlist, EntityTaggers.class.getClassLoader());
  }

  static EntityTagger load(List<EntitySpec> watchlist, ClassLoader loader) {
    Iterator<EntityTagger.Factory> it =
        ServiceLoader.load(EntityTagger.Factory.class, loader).iterator();
    return it.hasNext() ? it.next().create(List.copyOf(watchlist)) : EntityTagger.NONE;
  }
}
