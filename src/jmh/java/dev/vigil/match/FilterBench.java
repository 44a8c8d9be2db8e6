package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.feed.KafkaArticleSink;
import dev.vigil.kafka.EmbeddedKafka;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.StageRuntime;
import dev.vigil.kafka.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.JsonMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;

/**
 * Not a JMH benchmark: the daemon's filter stage end to end ({@link FilterStage}, as {@code
 * bin/vigil run} starts it) on an embedded broker in this process, as in the default run. N
 * workload articles (distinct, never seen) wait on {@code vigil.articles}; then the stage starts,
 * and the rate is articles from its start until every article's offset is committed, by which time
 * their match records are on {@code vigil.matches}. Process CPU includes the broker's. {@code java
 * -cp target/benchmarks.jar dev.vigil.match.FilterBench [RULES] [ARTICLES]}
 */
public final class FilterBench {
  private FilterBench() {}

  public static void main(String[] args) throws Exception {
    int rules = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Path dir = Files.createTempDirectory("vigil-filter-bench");
    VigilConfig config = ConfigLoader.defaults();
    JsonMapper json = JsonMapper.createDefault();
    Workload w = BenchSupport.workload();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
      KafkaClients clients = new KafkaClients(kafka.bootstrapServers(), "vigil-embedded");
      try (Admin admin = clients.admin();
          KafkaProducer<String, byte[]> producer = clients.producer("vigil");
          RuleBook book = new RuleBook(Workload.rules(w.queries(rules)), w.entities)) {
        Topics.ensure(admin, config.kafka().partitions());
        KafkaArticleSink sink = new KafkaArticleSink(producer, json, Topics.ARTICLES);
        List<Article> articles = w.articles(n, 7);
        for (int from = 0; from < n; from += 1_000) {
          sink.publish(articles.subList(from, Math.min(n, from + 1_000)));
        }
        System.out.printf(
            "%d articles waiting, %d rules, %d filter threads, %d cores%n",
            n,
            rules,
            FilterStage.threads(config.kafka().partitions()),
            Runtime.getRuntime().availableProcessors());
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        long done;
        StringBuilder perSecond = new StringBuilder();
        StageRuntime rt =
            new StageRuntime(
                clients,
                producer,
                json,
                new SimpleMeterRegistry(),
                Clock.systemUTC(),
                new Random(),
                config.kafka().partitions());
        try (FilterStage stage = new FilterStage(config.stories(), book, rt)) {
          stage.start();
          long last = 0;
          do {
            Thread.sleep(1_000); // the measuring window's resolution, not a wait for a condition
            done = committed(admin);
            perSecond.append(done - last).append(' ');
            last = done;
          } while (done < n && System.nanoTime() - t0 < 600_000_000_000L);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        long matches = endOffsets(admin, Topics.MATCHES);
        System.out.println("committed per second: " + perSecond.toString().trim());
        System.out.printf(
            "filtered %d of %d articles in %.1f s (1 s resolution): %.0f articles/s; "
                + "%d matches (%.1f per article); process CPU %.1f s (%.2f ms per article, broker included)%n",
            done,
            n,
            wall,
            done / wall,
            matches,
            (double) matches / Math.max(1, done),
            cpu,
            cpu * 1e3 / Math.max(1, done));
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.exit(0);
  }

  private static long committed(Admin admin) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin.listConsumerGroupOffsets(FilterStage.GROUP).partitionsToOffsetAndMetadata().get();
    return offsets.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(Topics.ARTICLES) && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset())
        .sum();
  }

  private static long endOffsets(Admin admin, String topic) throws Exception {
    List<TopicPartition> parts =
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
    parts.forEach(p -> latest.put(p, OffsetSpec.latest()));
    return admin.listOffsets(latest).all().get().values().stream().mapToLong(r -> r.offset()).sum();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
