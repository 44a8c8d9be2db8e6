package dev.vigil.alert;

import dev.vigil.kafka.CompactedStore;
import java.time.Clock;

/**
 * The delivery log in the compacted topic {@code vigil.deliveries}. A delivery counts at once in
 * this instance, and is written without waiting; {@link #flush} waits for the calling thread's
 * writes, and the alert stage calls it before committing the offsets of the alerts delivered.
 */
public final class KafkaDeliveryLog implements DeliveryLog {
  private final CompactedStore<String> store;
  private final Clock clock;

  public KafkaDeliveryLog(CompactedStore<String> store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public boolean delivered(String key) {
    return store.contains(key);
  }

  @Override
  public void markDelivered(String key) {
    store.write(key, clock.instant().toString());
  }

  @Override
  public void flush() throws Exception {
    store.flush();
  }

  @Override
  public void refresh() {
    store.catchUp();
  }
}
