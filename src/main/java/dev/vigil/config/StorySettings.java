package dev.vigil.config;

import java.time.Duration;

/**
 * How copies of one story are grouped so that they alert once (section {@code stories};
 * docs/stories.md).
 *
 * @param grouping whether copies are grouped at all; off, every article is a story of its own
 *     (rules can also opt out one by one: {@code stories: off} on the rule)
 * @param threshold how much text two articles must share (overlap of their word 3-shingles,
 *     estimated) to be copies of one story, when nothing else tells them apart; higher merges less
 * @param window how long after its first article a story still collects copies
 * @param maxStories the most stories remembered; the oldest go first beyond it
 * @param escalateAtSources alert a story once more when this many distinct source hosts carry it
 *     (0: never)
 */
public record StorySettings(
    boolean grouping, double threshold, Duration window, int maxStories, int escalateAtSources) {
  public static final double DEFAULT_THRESHOLD = 0.55;
  public static final StorySettings DEFAULT =
      new StorySettings(true, DEFAULT_THRESHOLD, Duration.ofHours(48), 20_000, 0);
}
