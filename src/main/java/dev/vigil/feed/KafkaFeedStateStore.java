package dev.vigil.feed;

import dev.vigil.kafka.CompactedStore;
import java.util.Optional;

/** Feed state in the compacted topic {@code vigil.feed-state}, keyed by feed URL. */
public final class KafkaFeedStateStore implements FeedStateStore {
  private final CompactedStore<FeedState> store;

  public KafkaFeedStateStore(CompactedStore<FeedState> store) {
    this.store = store;
  }

  @Override
  public Optional<FeedState> get(String url) {
    return store.get(url);
  }

  @Override
  public void put(FeedState state) throws Exception {
    store.put(state.url(), state);
  }

  @Override
  public void remember(FeedState state) {
    store.putLocal(state.url(), state);
  }
}
