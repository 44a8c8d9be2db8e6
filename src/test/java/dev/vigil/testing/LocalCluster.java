package dev.vigil.testing;

import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * An in-process KRaft cluster of one controller and {@code brokers} brokers, set up as a production
 * cluster would be: replicas on three brokers, two in sync for a write to count.
 */
public final class LocalCluster implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  private LocalCluster(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  public static LocalCluster start(Path dir, int brokers) throws Exception {
    KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setBaseDirectory(dir)
                    .setCombined(false)
                    .setNumControllerNodes(1)
                    .setNumBrokerNodes(brokers)
                    .build())
            .setConfigProp("default.replication.factor", "3")
            .setConfigProp("min.insync.replicas", "2")
            .setConfigProp("offsets.topic.replication.factor", "3")
            .setConfigProp("offsets.topic.num.partitions", "3")
            .setConfigProp("transaction.state.log.replication.factor", "3")
            .setConfigProp("transaction.state.log.min.isr", "2")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("auto.create.topics.enable", "false")
            .build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
    return new LocalCluster(cluster);
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** Stops broker {@code id} (0 to brokers - 1): the leaders it had move to the others. */
  public void kill(int id) {
    cluster.brokers().get(id).shutdown();
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
