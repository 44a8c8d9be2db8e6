package dev.vigil.alert;

/** Remembers which (alert, channel) pairs were delivered, so none is sent twice (a compacted topic in the daemon). */
public interface DeliveryLog {
  boolean delivered(String key);

  /** Returns only when the record is durable. */
  void markDelivered(String key) throws Exception;
}
