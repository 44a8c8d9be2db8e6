package dev.vigil.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.FeedSpec;
import dev.vigil.config.PollerSettings;
import dev.vigil.feed.FeedParser;
import dev.vigil.feed.FeedPoller;
import dev.vigil.feed.FeedRunner;
import dev.vigil.feed.FeedScheduler;
import dev.vigil.feed.FeedState;
import dev.vigil.feed.KafkaArticleSink;
import dev.vigil.feed.KafkaFeedStateStore;
import dev.vigil.http.Fetcher;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.EmbeddedKafka;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.JsonMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Poller benchmark: N feeds x E entries from a local server process, articles onto the embedded
 * Kafka broker, state into its compacted topic. Measures the first cycle, the unchanged (304) cycle
 * and a changed cycle (one new entry per feed); {@code -DunchangedCycles=N} and {@code
 * -DchangedCycles=N} repeat them, to see the rate once the JIT is warm. Run with bench/poller.sh.
 */
public final class PollerBench {
  public static void main(String[] args) throws Exception {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int entries = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int workers = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    String formats = args.length > 3 ? args[3] : "mixed";
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                FeedFarmServer.class.getName(),
                Integer.toString(feeds),
                Integer.toString(entries),
                formats)
            .redirectErrorStream(true)
            .start();
    String port = new BufferedReader(new InputStreamReader(server.getInputStream())).readLine();
    Path dir = Files.createTempDirectory("vigil-bench");
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
      KafkaClients clients = new KafkaClients(kafka.bootstrapServers(), null);
      try (Admin admin = clients.admin()) {
        Topics.ensure(admin, 3);
      }
      JsonMapper json = JsonMapper.createDefault();
      try (KafkaProducer<String, byte[]> producer = clients.producer("bench")) {
        CompactedStore<FeedState> store =
            new CompactedStore<>(Topics.FEED_STATE, clients, producer, json, FeedState.class)
                .load();
        PollerSettings d = ConfigLoader.defaults().poller();
        FeedPoller poller = new FeedPoller(new Fetcher(d), new FeedParser(), Clock.systemUTC());
        List<FeedSpec> specs = specs("http://127.0.0.1:" + port + "/f/", feeds);
        FeedRunner runner =
            new FeedRunner(
                new FeedScheduler(Clock.systemUTC(), new Random(1)),
                poller,
                new KafkaArticleSink(producer, json),
                new KafkaFeedStateStore(store),
                new SimpleMeterRegistry(),
                Clock.systemUTC(),
                1);
        runner.assign(specs);
        System.out.printf(
            "feeds=%d entries=%d workers=%d cores=%d formats=%s%n",
            feeds, entries, workers, Runtime.getRuntime().availableProcessors(), formats);
        System.out.println(
            "| cycle | feeds | wall | CPU (process, broker included) | rate | articles |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        cycle("first", runner, specs, workers, producer);
        for (int i = 0; i < Integer.getInteger("unchangedCycles", 1); i++) {
          cycle("unchanged", runner, specs, workers, producer);
        }
        for (int i = 0; i < Integer.getInteger("changedCycles", 1); i++) {
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/bump")).build(),
                  HttpResponse.BodyHandlers.discarding());
          cycle("changed", runner, specs, workers, producer);
        }
        runner.close();
        System.out.printf("peak RSS (VmHWM, broker included): %d MB%n", peakRssKb() / 1024);
      }
    } finally {
      server.destroy();
    }
  }

  static List<FeedSpec> specs(String base, int n) {
    List<FeedSpec> specs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      specs.add(
          new FeedSpec(
              base + i + ".xml", null, Duration.ofMinutes(5), Duration.ofDays(7), List.of()));
    }
    return specs;
  }

  /** One pass over every feed on a worker pool, through the daemon's own poll path. */
  static void cycle(
      String name,
      FeedRunner runner,
      List<FeedSpec> specs,
      int workers,
      KafkaProducer<String, byte[]> producer)
      throws Exception {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long sent0 = sent(producer);
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<?>> done = new ArrayList<>();
    for (FeedSpec s : specs) {
      done.add(pool.submit(() -> runner.pollOne(s)));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf(
        "| %s | %d | %.1f s | %.1f s | %.0f feeds/s | %d records sent |%n",
        name, specs.size(), wall, cpu, specs.size() / wall, sent(producer) - sent0);
  }

  private static long sent(KafkaProducer<String, byte[]> producer) {
    return producer.metrics().entrySet().stream()
        .filter(
            e ->
                e.getKey().name().equals("record-send-total")
                    && e.getKey().group().equals("producer-metrics"))
        .mapToLong(e -> ((Number) e.getValue().metricValue()).longValue())
        .sum();
  }

  static long peakRssKb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
