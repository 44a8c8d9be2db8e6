package dev.vigil.cli;

import dev.vigil.config.ConfigException;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.KafkaSettings;
import dev.vigil.config.VigilConfig;
import dev.vigil.match.RuleSet;
import dev.vigil.match.entity.EntityTaggers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads the configuration shares. */
public class ConfigOptions {
  @Option(
      names = "--config",
      description = "Configuration file (default: $VIGIL_CONFIG, else config/vigil.yml)")
  Path config;

  /**
   * The file to read: --config, else $VIGIL_CONFIG, else ./config/vigil.yml, else the one shipped
   * beside the launcher.
   */
  Path file() {
    if (config != null) {
      return config;
    }
    String env = System.getenv("VIGIL_CONFIG");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path local = Path.of("config", "vigil.yml");
    String home = System.getenv("VIGIL_HOME");
    if (!Files.exists(local) && home != null) {
      return Path.of(home, "config", "vigil.yml");
    }
    return local;
  }

  /**
   * Loads the file; queries are compiled by whoever uses the rules, once. {@code
   * KAFKA_BOOTSTRAP_SERVERS} or {@code -Dkafka.bootstrap.servers} point at an external cluster.
   */
  VigilConfig load() {
    VigilConfig c = ConfigLoader.load(file());
    String external =
        System.getProperty("kafka.bootstrap.servers", System.getenv("KAFKA_BOOTSTRAP_SERVERS"));
    if (external != null && !external.isBlank()) {
      c =
          c.withKafka(
              new KafkaSettings(external, c.kafka().embeddedPort(), c.kafka().partitions()));
    }
    return c;
  }

  /** Compiles every rule once to check it; problems name the file. */
  static void checkRules(VigilConfig c) {
    try (RuleSet rules =
        RuleSet.compile(c.rules(), c.entities(), EntityTaggers.load(c.entities()), c.matching())) {
      rules.size();
    } catch (ConfigException e) {
      throw new ConfigException(e.problems().stream().map(p -> c.source() + ": " + p).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
