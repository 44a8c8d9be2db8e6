package dev.vigil.config;

import java.util.List;

/** A standing query and the channels its matches go to. */
public record RuleSpec(String id, String query, List<String> channels) {
  public RuleSpec {
    channels = List.copyOf(channels);
  }
}
