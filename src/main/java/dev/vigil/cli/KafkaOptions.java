package dev.vigil.cli;

import dev.vigil.config.ConfigException;
import dev.vigil.config.VigilConfig;
import dev.vigil.kafka.KafkaClients;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the commands that read Vigil's topics find Kafka: --bootstrap, else the configuration. */
public class KafkaOptions {
  @Option(
      names = "--bootstrap",
      paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers (default: the configuration's kafka settings)")
  String bootstrap;

  @Mixin ConfigOptions config;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** What a command does with Kafka. */
  @FunctionalInterface
  interface Body {
    int run(KafkaClients clients) throws Exception;
  }

  /**
   * Runs {@code body}; a broker that cannot be reached is one line on stderr and exit code 1, not a
   * stack trace.
   */
  int run(Body body) throws Exception {
    KafkaClients clients = clients();
    try {
      return body.run(clients);
    } catch (KafkaException e) {
      command
          .commandLine()
          .getErr()
          .println("cannot use Kafka at " + clients.bootstrap() + ": " + e.getMessage());
      return 1;
    }
  }

  /**
   * @throws ParameterException when neither names a broker, so picocli prints the reason and exits
   *     2
   */
  KafkaClients clients() {
    if (bootstrap != null && !bootstrap.isBlank()) {
      return new KafkaClients(bootstrap);
    }
    VigilConfig c;
    try {
      c = config.load();
    } catch (ConfigException e) {
      throw new ParameterException(command.commandLine(), String.join("\n", e.problems()));
    }
    if (!c.kafka().embedded()) {
      return new KafkaClients(c.kafka().bootstrapServers());
    }
    if (c.kafka().embeddedPort() != 0) {
      return new KafkaClients("127.0.0.1:" + c.kafka().embeddedPort());
    }
    // The embedded broker picks a free port each run, so there is nothing in the file to connect
    // to.
    throw new ParameterException(
        command.commandLine(),
        c.source()
            + " runs an embedded broker on a random port: pass --bootstrap "
            + "HOST:PORT (the daemon logs it at start-up as kafka=...) or set kafka.embedded-port");
  }
}
