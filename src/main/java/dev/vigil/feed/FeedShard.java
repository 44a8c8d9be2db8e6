package dev.vigil.feed;

/**
 * Which shard (partition of the {@code vigil.feeds} topic) a feed belongs to: stable across
 * instances and restarts.
 */
public final class FeedShard {
  private FeedShard() {}

  /** String.hashCode is specified by the JLS, so every JVM agrees. */
  public static int of(String url, int shards) {
    return Math.floorMod(url.hashCode(), shards);
  }
}
