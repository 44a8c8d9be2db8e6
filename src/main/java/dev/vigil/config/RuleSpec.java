package dev.vigil.config;

import java.util.List;

/**
 * A standing query and the channels its matches go to.
 *
 * @param stories whether the rule alerts once per story (true, the default) or once per article,
 *     copies included (key {@code stories: off})
 */
public record RuleSpec(String id, String query, List<String> channels, boolean stories) {
  public RuleSpec {
    channels = List.copyOf(channels);
  }

  /** A rule that alerts once per story. */
  public RuleSpec(String id, String query, List<String> channels) {
    this(id, query, channels, true);
  }
}
