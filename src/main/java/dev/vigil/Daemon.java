package dev.vigil;

import dev.vigil.alert.AlertStage;
import dev.vigil.config.ConfigException;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.ConfigWatcher;
import dev.vigil.config.FeedSpec;
import dev.vigil.config.PollerSettings;
import dev.vigil.config.VigilConfig;
import dev.vigil.feed.FeedFetcher;
import dev.vigil.feed.FeedParser;
import dev.vigil.feed.FeedPoller;
import dev.vigil.feed.FeedRunner;
import dev.vigil.feed.FeedScheduler;
import dev.vigil.feed.FeedShard;
import dev.vigil.feed.FeedState;
import dev.vigil.feed.FeedStatuses;
import dev.vigil.feed.HostLimiter;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.EmbeddedKafka;
import dev.vigil.kafka.FeedAssignment;
import dev.vigil.kafka.KafkaArticleSink;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.KafkaFeedStateStore;
import dev.vigil.kafka.Topics;
import dev.vigil.match.EntityTaggers;
import dev.vigil.match.FilterStage;
import dev.vigil.match.RuleBook;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running daemon: Kafka (embedded or external), the HTTP endpoints, and the three stages wired
 * to their topics. Start-up fails before anything runs if a rule does not compile.
 */
public final class Daemon implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private final Clock clock;
  private final Random random = new Random();
  private ApplicationContext context;
  private KafkaProducer<String, byte[]> producer;
  private JsonMapper json;
  private MeterRegistry metrics;

  private Daemon(Clock clock) {
    this.clock = clock;
  }

  /** Starts everything; {@code extraProperties} go to Micronaut (e.g. the HTTP port in tests). */
  public static Daemon start(VigilConfig config, Path dataDir, Map<String, Object> extraProperties)
      throws Exception {
    return start(config, dataDir, extraProperties, Clock.systemUTC());
  }

  /** Starts everything on the given clock (tests move it to reach digest times). */
  public static Daemon start(
      VigilConfig config, Path dataDir, Map<String, Object> extraProperties, Clock clock)
      throws Exception {
    Daemon d = new Daemon(clock);
    try {
      d.run(config, dataDir, extraProperties);
      return d;
    } catch (Exception | Error e) {
      d.close();
      throw e;
    }
  }

  private void run(VigilConfig config, Path dataDir, Map<String, Object> extra) throws Exception {
    RuleBook rules;
    try {
      rules =
          new RuleBook(config.rules(), config.entities(), config.matching(), EntityTaggers::load);
    } catch (ConfigException e) {
      throw new ConfigException(
          e.problems().stream().map(p -> config.source() + ": " + p).toList());
    }
    resources.push(rules);
    String bootstrap = config.kafka().bootstrapServers();
    if (config.kafka().embedded()) {
      EmbeddedKafka kafka =
          EmbeddedKafka.start(dataDir.resolve("kafka"), config.kafka().embeddedPort());
      resources.push(kafka);
      bootstrap = kafka.bootstrapServers();
    }
    Map<String, Object> props = new HashMap<>();
    props.put("kafka.bootstrap.servers", bootstrap);
    props.put("micronaut.server.port", config.httpPort());
    props.putAll(extra);
    context = Micronaut.build(new String[0]).properties(props).banner(false).start();
    resources.push(context);
    json = context.getBean(JsonMapper.class);
    metrics = context.getBean(MeterRegistry.class);

    // The embedded broker has exactly one instance, so it can always claim its partitions back.
    KafkaClients clients =
        new KafkaClients(bootstrap, config.kafka().embedded() ? "vigil-embedded" : null);
    try (Admin admin = clients.admin()) {
      Topics.ensure(admin, config.kafka().partitions());
    }
    producer = clients.producer("vigil");
    resources.push(producer);
    CompactedStore<FeedState> feedStates = store(clients, Topics.FEED_STATE, FeedState.class);
    CompactedStore<String> deliveries = store(clients, Topics.DELIVERIES, String.class);
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
    resources.push(refresher::shutdownNow);
    // Other instances record deliveries too; follow them so a redelivered match is recognised.
    refresher.scheduleWithFixedDelay(() -> catchUp(deliveries), 5, 5, TimeUnit.SECONDS);

    resources.push(
        AlertStage.start(
            config,
            new AlertStage.Setup(clients, producer, deliveries, json, metrics, clock, random)));
    resources.push(
        FilterStage.start(
            config, rules, new FilterStage.Setup(clients, producer, json, metrics, clock)));

    PollerSettings poller = config.poller();
    FeedScheduler scheduler = new FeedScheduler(clock, random, poller.minInterval());
    KafkaFeedStateStore stateStore = new KafkaFeedStateStore(feedStates);
    FeedRunner runner =
        new FeedRunner(
            scheduler,
            new FeedPoller(new FeedFetcher(poller), new FeedParser(), clock),
            new KafkaArticleSink(producer, json),
            stateStore,
            metrics,
            clock,
            poller.workers(),
            new HostLimiter(poller.hostMaxConcurrent(), poller.hostMinDelay(), clock));
    resources.push(runner);
    runner.start();
    resources.push(
        new FeedAssignment(
                clients,
                shards -> {
                  feedStates.catchUp();
                  runner.assign(inShards(config.feeds(), shards));
                },
                shards -> revoke(runner, inShards(config.feeds(), shards)))
            .start());
    context.registerSingleton(RuleBook.class, rules);
    context.registerSingleton(KafkaClients.class, clients);
    context.registerSingleton(
        FeedStatuses.class,
        new FeedStatuses(config.feeds(), stateStore, scheduler, poller.minInterval()));
    if (config.source() != null && java.nio.file.Files.isRegularFile(config.source())) {
      resources.push(new ConfigWatcher(config.source(), () -> reload(config.source(), rules)));
    }
    LOG.atInfo()
        .addKeyValue("feeds", config.feeds().size())
        .addKeyValue("rules", rules.current().size())
        .addKeyValue("kafka", bootstrap)
        .log("Vigil is running");
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

  private <V> CompactedStore<V> store(KafkaClients clients, String topic, Class<V> type) {
    CompactedStore<V> store = new CompactedStore<>(topic, clients, producer, json, type);
    resources.push(store);
    return store.load();
  }

  private static void catchUp(CompactedStore<?> store) {
    try {
      store.catchUp();
    } catch (RuntimeException e) {
      LOG.atWarn().addKeyValue("error", e.toString()).log("state catch-up failed; will retry");
    }
  }

  private static List<FeedSpec> inShards(List<FeedSpec> feeds, Set<Integer> shards) {
    int n = Topics.FEED_SHARDS;
    return feeds.stream().filter(f -> shards.contains(FeedShard.of(f.url(), n))).toList();
  }

  private static void revoke(FeedRunner runner, List<FeedSpec> feeds) {
    try {
      runner.revoke(feeds.stream().map(FeedSpec::url).toList());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public ApplicationContext context() {
    return context;
  }

  @Override
  public void close() {
    while (!resources.isEmpty()) {
      AutoCloseable r = resources.pop();
      try {
        r.close();
      } catch (Exception e) {
        LOG.atWarn().setCause(e).log("error while stopping " + r.getClass().getSimpleName());
      }
    }
  }
}
