package dev.vigil.alert;

/**
 * Remembers which (alert, channel) pairs were delivered, so none is sent twice (a compacted topic
 * in the daemon).
 */
public interface DeliveryLog {
  boolean delivered(String key);

  /** Counts at once for {@link #delivered}; durable only once {@link #flush} returns. */
  void markDelivered(String key) throws Exception;

  /**
   * Returns when every delivery this thread marked is durable; throws if one could not be written.
   */
  default void flush() throws Exception {}

  /** Takes in what other instances and stages recorded since the last call. */
  default void refresh() {}
}
