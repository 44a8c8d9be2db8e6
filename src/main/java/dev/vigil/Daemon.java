package dev.vigil;

import dev.vigil.alert.AlertStage;
import dev.vigil.alert.DigestStage;
import dev.vigil.config.ConfigException;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.ConfigWatcher;
import dev.vigil.config.VigilConfig;
import dev.vigil.feed.FeedStatuses;
import dev.vigil.feed.PollStage;
import dev.vigil.fulltext.ArticlePages;
import dev.vigil.fulltext.FulltextStage;
import dev.vigil.kafka.EmbeddedKafka;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Resources;
import dev.vigil.kafka.Stage;
import dev.vigil.kafka.StageRuntime;
import dev.vigil.match.FilterStage;
import dev.vigil.match.RuleBook;
import dev.vigil.match.entity.EntityTaggers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running daemon. It only composes: Kafka (embedded or external), the stages, and the HTTP
 * edge.
 *
 * <p>Micronaut's context is the HTTP edge and the source of JSON and metrics; it does not wire the
 * stages. The daemon starts the context without its server, builds each stage from its own
 * settings, starts them (poll last, so that nothing is published before its readers run), registers
 * what the HTTP controllers read, and only then opens the HTTP port. Start-up fails before anything
 * runs if a rule does not compile.
 */
public final class Daemon implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

  private final Resources resources = new Resources();
  private ApplicationContext context;

  private Daemon() {}

  /** Starts everything; {@code extraProperties} go to Micronaut (e.g. the HTTP port in tests). */
  public static Daemon start(VigilConfig config, Path dataDir, Map<String, Object> extraProperties)
      throws Exception {
    return start(config, dataDir, extraProperties, Clock.systemUTC());
  }

  /** Starts everything on the given clock (tests move it to reach digest times). */
  public static Daemon start(
      VigilConfig config, Path dataDir, Map<String, Object> extraProperties, Clock clock)
      throws Exception {
    Daemon d = new Daemon();
    try {
      d.run(config, dataDir, extraProperties, clock);
      return d;
    } catch (Exception | Error e) {
      d.close();
      throw e;
    }
  }

  private void run(VigilConfig config, Path dataDir, Map<String, Object> extra, Clock clock)
      throws Exception {
    RuleBook rules = resources.add(ruleBook(config));
    String bootstrap = config.kafka().bootstrapServers();
    if (config.kafka().embedded()) {
      EmbeddedKafka kafka =
          resources.add(
              EmbeddedKafka.start(dataDir.resolve("kafka"), config.kafka().embeddedPort()));
      bootstrap = kafka.bootstrapServers();
    }
    Map<String, Object> props = new HashMap<>();
    props.put("kafka.bootstrap.servers", bootstrap);
    props.put("micronaut.server.port", config.httpPort());
    props.putAll(extra);
    context = resources.add(ApplicationContext.builder().properties(props).banner(false).start());
    StageRuntime rt =
        resources.add(
            StageRuntime.connect(
                bootstrap,
                config.kafka(),
                context.getBean(JsonMapper.class),
                context.getBean(MeterRegistry.class),
                clock));
    PollStage poll = new PollStage(config.poller(), config.feeds(), rt);
    List<Stage> stages =
        List.of(
            new AlertStage(config.alerts(), config.channels(), config.smtp(), rt),
            new DigestStage(config.alerts(), config.channels(), config.smtp(), rt),
            new FilterStage(config.stories(), rules, rt),
            new FulltextStage(config.fulltext(), config.poller(), config.feeds(), rt),
            poll);
    for (Stage s : stages) {
      resources.add(s).start();
    }
    context.registerSingleton(RuleBook.class, rules);
    context.registerSingleton(KafkaClients.class, rt.clients());
    context.registerSingleton(FeedStatuses.class, poll.statuses());
    context.registerSingleton(
        ArticlePages.class, new ArticlePages(config.poller(), config.fulltext(), clock));
    resources.add(context.getBean(EmbeddedServer.class).start());
    if (config.source() != null && Files.isRegularFile(config.source())) {
      resources.add(new ConfigWatcher(config.source(), () -> reload(config.source(), rules)));
    }
    LOG.atInfo()
        .addKeyValue("feeds", config.feeds().size())
        .addKeyValue("rules", rules.current().size())
        .addKeyValue("kafka", bootstrap)
        .log("Vigil is running");
  }

  /** The rules and entities, compiled; a problem names the configuration file. */
  private static RuleBook ruleBook(VigilConfig config) {
    try {
      return new RuleBook(
          config.rules(), config.entities(), config.matching(), EntityTaggers::load);
    } catch (ConfigException e) {
      throw new ConfigException(
          e.problems().stream().map(p -> config.source() + ": " + p).toList());
    }
  }

  /** Re-reads rules and entities; a broken file or rule keeps what was in force. */
  private static void reload(Path file, RuleBook rules) {
    VigilConfig next;
    try {
      next = ConfigLoader.load(file);
    } catch (ConfigException e) {
      e.problems()
          .forEach(
              p -> LOG.atError().log("reload: {}; the previous configuration stays active", p));
      return;
    }
    rules
        .reload(next.rules(), next.entities(), next.matching())
        .forEach(p -> LOG.atError().addKeyValue("file", file).log("reload: {}", p));
  }

  public ApplicationContext context() {
    return context;
  }

  @Override
  public void close() {
    resources.close();
  }
}
