package dev.vigil.feed;

import java.util.Optional;

/** Durable per-feed state (a compacted Kafka topic in the daemon). */
public interface FeedStateStore {
  Optional<FeedState> get(String url);

  /** Returns only when the state is durably stored. */
  void put(FeedState state) throws Exception;

  /**
   * Keeps a state in memory only. Used when nothing but the poll times changed (a 304), so an
   * unchanged poll costs no write; after a restart the feed is simply polled a little early.
   */
  default void remember(FeedState state) {
    try {
      put(state);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
