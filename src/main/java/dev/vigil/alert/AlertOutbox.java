package dev.vigil.alert;

import dev.vigil.digest.DigestEntry;

/** Where the alert stage parks deliveries: Kafka topics in the daemon, a list in tests. */
public interface AlertOutbox {
  /** Queues another attempt; returns only when the record is durable. */
  void retry(PendingDelivery p) throws Exception;

  /** Gives up on the delivery; returns only when the record is durable. */
  void deadLetter(PendingDelivery p) throws Exception;

  /** Parks an alert for its channel's next digest; returns only when the record is durable. */
  void defer(DigestEntry e) throws Exception;

  /** Removes an alert from the digest queue once it was sent or dead-lettered. */
  void settle(DigestEntry e) throws Exception;

  /** Notes a step for {@code alerts recent}. Best effort: it never fails or delays a delivery. */
  void record(DeliveryEvent e);
}
