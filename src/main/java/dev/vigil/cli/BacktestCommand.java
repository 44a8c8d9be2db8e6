package dev.vigil.cli;

import dev.vigil.config.ConfigException;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.Durations;
import dev.vigil.config.RuleSpec;
import dev.vigil.config.VigilConfig;
import dev.vigil.kafka.EmbeddedKafka;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.TopicReplay;
import dev.vigil.match.Backtester;
import dev.vigil.match.RuleSet;
import dev.vigil.match.entity.EntityTaggers;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Replays the retained articles through a query or a rules file and prints hit counts and samples.
 */
@Command(name = "backtest", description = "Replay retained articles through a query or rules file.")
public class BacktestCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "RULE-or-FILE",
      description = "A query, or a file with rules: and entities:")
  String target;

  @Option(names = "--since", defaultValue = "7d", description = "How far back (default 7d)")
  String since;

  @Option(names = "--samples", defaultValue = "5", description = "Sample hits per rule")
  int samples;

  @Option(
      names = "--data-dir",
      defaultValue = "data",
      description = "The embedded broker's data (default ./data)")
  Path dataDir;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    VigilConfig config;
    List<RuleSpec> rules;
    try {
      boolean file = Files.isRegularFile(Path.of(target));
      config = file ? ConfigLoader.load(Path.of(target)) : options.load();
      rules = file ? config.rules() : List.of(new RuleSpec("query", target, List.of("log")));
    } catch (ConfigException e) {
      e.problems().forEach(System.err::println);
      return 2;
    }
    Instant from = Instant.now().minus(Durations.parse(since));
    EmbeddedKafka embedded = null;
    try (RuleSet set =
        RuleSet.compile(
            rules, config.entities(), EntityTaggers.load(config.entities()), config.matching())) {
      String bootstrap = config.kafka().bootstrapServers();
      if (config.kafka().embedded()) {
        embedded = startEmbedded();
        bootstrap = embedded.bootstrapServers();
      }
      JsonMapper json = JsonMapper.createDefault();
      try (TopicReplay replay = new TopicReplay(new KafkaClients(bootstrap, null), json, from)) {
        Backtester.Report r =
            Backtester.run(
                set, replay, samples, n -> System.err.printf("\rscanned %d articles", n));
        System.err.println();
        System.out.println(new String(json.writeValueAsBytes(r), StandardCharsets.UTF_8));
      }
      return 0;
    } catch (ConfigException e) {
      e.problems().forEach(System.err::println);
      return 2;
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private EmbeddedKafka startEmbedded() throws Exception {
    try {
      return EmbeddedKafka.start(dataDir.resolve("kafka"), 0);
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot open the embedded broker in "
              + dataDir.resolve("kafka")
              + " (is the daemon running? then use POST /api/backtest): "
              + e.getMessage(),
          e);
    }
  }
}
