package dev.vigil.feed;

import java.util.Optional;

/** Durable per-feed state (a compacted Kafka topic in the daemon). */
public interface FeedStateStore {
  Optional<FeedState> get(String url);

  /** Returns only when the state is durably stored. */
  void put(FeedState state) throws Exception;
}
