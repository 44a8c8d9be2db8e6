package dev.vigil.config;

/**
 * Where Kafka is.
 *
 * @param bootstrapServers an external cluster, or null to start the embedded single-node broker
 * @param embeddedPort the embedded broker's client port; 0 picks a free one
 * @param partitions partitions of the topics Vigil creates
 */
public record KafkaSettings(String bootstrapServers, int embeddedPort, int partitions) {
  public boolean embedded() {
    return bootstrapServers == null || bootstrapServers.isBlank();
  }
}
