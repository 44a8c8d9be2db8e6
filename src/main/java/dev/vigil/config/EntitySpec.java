package dev.vigil.config;

import java.util.List;

/** A watchlist entity: referenced from queries as {@code @id}; its name and aliases match as phrases. */
public record EntitySpec(String id, String name, String type, List<String> aliases) {
  public EntitySpec {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** The name followed by the aliases, without duplicates. */
  public List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
        .distinct()
        .toList();
  }
}
