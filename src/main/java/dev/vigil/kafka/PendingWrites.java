package dev.vigil.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Writes sent without waiting, per thread, until that thread flushes: another thread's flush could
 * otherwise take this thread's writes and let it commit before they are durable.
 */
public final class PendingWrites {
  private final ThreadLocal<List<Future<RecordMetadata>>> unflushed =
      ThreadLocal.withInitial(ArrayList::new);

  public void add(Future<RecordMetadata> ack) {
    unflushed.get().add(ack);
  }

  /**
   * Returns when every write this thread added since its last flush is acknowledged; throws if one
   * failed.
   */
  public void flush() throws Exception {
    List<Future<RecordMetadata>> acks = unflushed.get();
    try {
      for (Future<RecordMetadata> ack : acks) {
        ack.get(60, TimeUnit.SECONDS);
      }
    } finally {
      acks.clear();
    }
  }
}
