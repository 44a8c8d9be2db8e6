package dev.vigil.testing;

import dev.vigil.kafka.EmbeddedKafka;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import java.nio.file.Path;
import org.apache.kafka.clients.admin.Admin;

/**
 * An embedded broker under {@code dir/kafka} with Vigil's topics created, for tests that need a
 * real one.
 */
public record LocalKafka(EmbeddedKafka broker, KafkaClients clients) implements AutoCloseable {
  public static LocalKafka start(Path dir, int partitions) throws Exception {
    EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
    KafkaClients clients = new KafkaClients(kafka.bootstrapServers());
    try (Admin admin = clients.admin()) {
      Topics.ensure(admin, partitions);
    }
    return new LocalKafka(kafka, clients);
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  @Override
  public void close() {
    broker.close();
  }
}
