package dev.vigil.alert;

import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import io.micronaut.json.JsonMapper;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads {@code vigil.alerts.log} for {@code bin/vigil alerts recent}. */
public final class AlertLog {
  private AlertLog() {}

  /** The latest state of the {@code n} most recently active deliveries, newest first. */
  public static List<DeliveryEvent> recent(KafkaClients clients, JsonMapper json, int n) {
    JsonSerde<DeliveryEvent> serde = new JsonSerde<>(json, DeliveryEvent.class);
    // A delivery writes a few events (retrying..., then delivered), so read well past n to cover n
    // deliveries.
    Map<String, DeliveryEvent> latest = new LinkedHashMap<>();
    for (ConsumerRecord<String, byte[]> r :
        TopicScan.tail(clients, Topics.ALERT_LOG, Math.max(500L, n * 20L))) {
      try {
        DeliveryEvent e = serde.deserialize(Topics.ALERT_LOG, r.value());
        // By time, not offset: the CLI's "replayed" and the daemon's next event come from different
        // producers.
        if (e != null
            && (!latest.containsKey(e.key()) || !e.at().isBefore(latest.get(e.key()).at()))) {
          latest.put(e.key(), e);
        }
      } catch (RuntimeException ignored) {
        // an unreadable event only leaves a gap in the listing
      }
    }
    return latest.values().stream()
        .sorted(Comparator.comparing(DeliveryEvent::at).reversed())
        .limit(n)
        .toList();
  }
}
