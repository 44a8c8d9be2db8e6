package dev.vigil.alert;

/** Where the alert stage parks deliveries: Kafka topics in the daemon, a list in tests. */
public interface AlertOutbox {
  /** Queues another attempt; returns only when the record is durable. */
  void retry(PendingDelivery p) throws Exception;

  /** Gives up on the delivery; returns only when the record is durable. */
  void deadLetter(PendingDelivery p) throws Exception;

  /** Notes a step for {@code alerts recent}. Best effort: it never fails or delays a delivery. */
  void record(DeliveryEvent e);
}
