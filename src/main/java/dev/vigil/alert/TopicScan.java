package dev.vigil.alert;

import dev.vigil.kafka.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a topic's records without a consumer group, for the command-line tools: it commits nothing.
 */
final class TopicScan {
  private TopicScan() {}

  /** Every record now in the topic. */
  static List<ConsumerRecord<String, byte[]>> all(KafkaClients clients, String topic) {
    return tail(clients, topic, Long.MAX_VALUE);
  }

  /** Up to the last {@code perPartition} records of each partition, up to the current end. */
  static List<ConsumerRecord<String, byte[]>> tail(
      KafkaClients clients, String topic, long perPartition) {
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> c = clients.consumer(null, "vigil-cli-" + topic)) {
      List<TopicPartition> parts =
          c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      c.assign(parts);
      Map<TopicPartition, Long> begin = c.beginningOffsets(parts, Duration.ofSeconds(30));
      Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
      for (TopicPartition p : parts) {
        c.seek(p, Math.max(begin.get(p), end.get(p) - Math.min(perPartition, end.get(p))));
      }
      // Compaction leaves gaps, so "done" is the position reaching the end, not a record count.
      while (parts.stream().anyMatch(p -> c.position(p) < end.get(p))) {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
          if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }
}
