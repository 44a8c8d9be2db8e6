package dev.vigil.config;

import java.util.List;
import java.util.stream.Stream;

/**
 * A watchlist entity: referenced from queries as {@code @id} (or as any entity of its {@code type}
 * with {@code type:weapon}); its name and aliases match as phrases. An alias written {@code
 * case:IS} matches with exact case. An occurrence within {@code excludeWindow} words of one of the
 * {@code exclude} words or phrases does not count ("Wagner" next to "opera" is the composer).
 */
public record EntitySpec(
    String id,
    String name,
    String type,
    List<String> aliases,
    List<String> exclude,
    int excludeWindow) {
  public static final int DEFAULT_EXCLUDE_WINDOW = 10;

  public EntitySpec {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    excludeWindow = excludeWindow <= 0 ? DEFAULT_EXCLUDE_WINDOW : excludeWindow;
  }

  /** An entity without exclusions. */
  public EntitySpec(String id, String name, String type, List<String> aliases) {
    this(id, name, type, aliases, List.of(), DEFAULT_EXCLUDE_WINDOW);
  }

  /** The name followed by the aliases, without duplicates. */
  public List<String> names() {
    return Stream.concat(Stream.of(name), aliases.stream()).distinct().toList();
  }
}
