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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;

/**
 * Not a JMH benchmark: the daemon's filter stage end to end against its bare matcher, side by side
 * in one process, for each rule count. For each: the same N workload articles are first matched in
 * memory ({@code RuleSet.match}) on as many threads as the stage has consumers, then put on {@code
 * vigil.articles} of an embedded broker in this process; the {@link FilterStage} (as {@code
 * bin/vigil run} starts it) runs until every article's offset is committed and every record of
 * {@code vigil.hits} is decided, by which time the matches are on {@code vigil.matches}. Process
 * CPU includes the broker's. {@code FilterBench [RULES,RULES...] [ARTICLES]}
 */
public final class FilterBench {
  private FilterBench() {}

  public static void main(String[] args) throws Exception {
    String[] counts = (args.length > 0 ? args[0] : "1000,10000").split(",");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Workload w = BenchSupport.workload();
    // The stage is measured after it has handled as many other articles, as a daemon that has run
    // for a while would be: by then the broker, the clients and the stage are mostly compiled.
    List<Article> warm = w.articles(n, 8);
    List<Article> articles = w.articles(n, 7);
    List<String> summary = new ArrayList<>();
    for (String c : counts) {
      int rules = Integer.parseInt(c.trim());
      try (RuleBook book = new RuleBook(Workload.rules(w.queries(rules)), w.entities)) {
        int threads = FilterStage.threads(ConfigLoader.defaults().kafka().partitions());
        bare(book.current(), articles.subList(0, Math.min(n, 2_000)), threads); // warm-up
        boolean stageOnly = args.length > 2 && args[2].equals("stage-only"); // for profiling
        double bare = stageOnly ? Double.NaN : bare(book.current(), articles, threads);
        if (!stageOnly) parts(book, articles.subList(0, Math.min(n, 2_000)));
        double[] stage = stage(book, warm, articles);
        String line =
            String.format(
                "%,d rules: bare matcher %.0f articles/s, whole stage %.0f articles/s"
                    + " (%.2f ms process CPU per article, broker included): %.0f%% of the matcher",
                rules, bare, stage[0], stage[1], 100 * stage[0] / bare);
        System.out.println(line);
        summary.add(line);
      }
    }
    System.out.println();
    summary.forEach(System.out::println);
    System.exit(0);
  }

  /** Where one thread's time goes, per article, in the stage's steps, outside Kafka. */
  private static void parts(RuleBook book, List<Article> sample) throws Exception {
    JsonMapper json = JsonMapper.createDefault();
    dev.vigil.story.StoryConfig sc = dev.vigil.story.StoryConfig.defaults();
    java.util.Map<String, dev.vigil.story.StoryIndexState.StoryState> saved =
        new java.util.HashMap<>();
    StoryShards shards =
        new StoryShards(
            sc,
            3,
            Clock.systemUTC(),
            new StoryShards.Store() {
              @Override
              public void save(dev.vigil.story.StoryIndexState.StoryState st) {
                saved.put(st.storyId(), st);
              }

              @Override
              public List<dev.vigil.story.StoryIndexState.StoryState> stored() {
                return List.copyOf(saved.values());
              }
            });
    dev.vigil.story.Signer signer = new dev.vigil.story.Signer(sc);
    ArticleFilter filter =
        new ArticleFilter(book::current, signer, shards, null, Clock.systemUTC(), 3);
    List<byte[]> bytes = new ArrayList<>();
    for (Article a : sample) bytes.add(json.writeValueAsBytes(a));
    List<ArticleHits> hits = new ArrayList<>();
    for (int round = 0; round < 2; round++) { // the first round warms up
      hits.clear();
      long t0 = System.nanoTime();
      for (byte[] b : bytes) json.readValue(b, Article.class);
      long t1 = System.nanoTime();
      for (Article a : sample) book.current().match(a);
      long t2 = System.nanoTime();
      for (Article a : sample) signer.sign(a);
      long t3 = System.nanoTime();
      for (Article a : sample) hits.addAll(filter.hits(a));
      long t4 = System.nanoTime();
      long size = 0;
      for (ArticleHits h : hits) size += json.writeValueAsBytes(h).length;
      if (round == 0) {
        java.nio.file.Files.write(
            Path.of("target/hits-sample.json"), json.writeValueAsBytes(hits.get(0)));
      }
      long t5 = System.nanoTime();
      for (ArticleHits h : hits) json.writeValueAsBytes(filter.decide(h));
      long t6 = System.nanoTime();
      double k = 1e6 * sample.size();
      if (round == 1) {
        System.out.printf(
            "  one thread, ms per article: read %.3f, match %.3f, signature %.3f, match+sign+group"
                + " %.3f, write hits %.3f (%d bytes), decide+write %.3f%n",
            (t1 - t0) / k,
            (t2 - t1) / k,
            (t3 - t2) / k,
            (t4 - t3) / k,
            (t5 - t4) / k,
            size / sample.size(),
            (t6 - t5) / k);
      }
    }
  }

  /** Articles per second of the bare matcher over {@code articles}, on {@code threads} threads. */
  private static double bare(RuleSet rules, List<Article> articles, int threads)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread th =
          new Thread(
              () -> {
                for (int i; (i = next.getAndIncrement()) < articles.size(); ) {
                  rules.match(articles.get(i));
                }
              });
      th.start();
      workers.add(th);
    }
    for (Thread th : workers) th.join();
    return articles.size() / ((System.nanoTime() - t0) / 1e9);
  }

  /**
   * {articles per second, process CPU ms per article} of the whole stage on a new broker, over
   * {@code measured} once it has handled {@code warm}.
   */
  private static double[] stage(RuleBook book, List<Article> warm, List<Article> measured)
      throws Exception {
    List<Article> articles = new ArrayList<>(warm);
    articles.addAll(measured);
    int total = articles.size();
    Path dir = Files.createTempDirectory("vigil-filter-bench");
    VigilConfig config = ConfigLoader.defaults();
    JsonMapper json = JsonMapper.createDefault();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
      KafkaClients clients = new KafkaClients(kafka.bootstrapServers(), "vigil-embedded");
      try (Admin admin = clients.admin();
          KafkaProducer<String, byte[]> producer = clients.producer("vigil")) {
        String hitsParts = System.getProperty("hits.partitions");
        if (hitsParts != null) {
          admin
              .createTopics(
                  List.of(
                      new org.apache.kafka.clients.admin.NewTopic(
                          Topics.HITS, Integer.parseInt(hitsParts), (short) 1)))
              .all()
              .get();
        }
        Topics.ensure(admin, config.kafka().partitions());
        KafkaArticleSink sink = new KafkaArticleSink(producer, json, Topics.ARTICLES);
        for (int from = 0; from < total; from += 1_000) {
          sink.publish(articles.subList(from, Math.min(total, from + 1_000)));
        }
        StageRuntime rt =
            new StageRuntime(
                clients,
                producer,
                json,
                new SimpleMeterRegistry(),
                Clock.systemUTC(),
                new Random(),
                config.kafka().partitions());
        long cpu0 = 0, gc0 = 0, jit0 = 0, t0 = 0, from0 = 0;
        Map<String, Long> threads0 = Map.of();
        Map<String, Long> threads1;
        long start = System.nanoTime();
        StringBuilder progress = new StringBuilder();
        try (FilterStage stage = new FilterStage(config.stories(), book, rt)) {
          stage.start();
          long matched = 0, decided = 0, last = start;
          while (matched < total || !caughtUp(admin)) {
            Thread.sleep(50); // the measuring window's resolution, not a wait for a condition
            matched = committed(admin, FilterStage.GROUP, Topics.ARTICLES);
            decided = committed(admin, FilterStage.STORIES_GROUP, Topics.HITS);
            if (t0 == 0 && matched >= warm.size()) {
              t0 = System.nanoTime();
              from0 = matched;
              cpu0 = cpuNanos();
              gc0 = gcMillis();
              jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
              threads0 = threadCpu();
            }
            if (System.nanoTime() - last > 1e9) {
              last = System.nanoTime();
              progress.append(' ').append(matched).append('/').append(decided);
            }
            if (System.nanoTime() - start > 900_000_000_000L)
              throw new IllegalStateException("stuck");
          }
          threads1 = threadCpu();
        }
        System.out.println("  articles matched / hits decided, each second:" + progress);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e6;
        long n = total - from0;
        Map<String, Long> byThread = new java.util.TreeMap<>();
        Map<String, Long> before = threads0;
        threads1.forEach((k, v) -> byThread.merge(k, v - before.getOrDefault(k, 0L), Long::sum));
        StringBuilder where = new StringBuilder();
        byThread.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(10)
            .forEach(
                e -> where.append(String.format(" %s %.2f;", e.getKey(), e.getValue() / 1e6 / n)));
        System.out.println("  thread CPU ms per article:" + where);
        System.out.printf(
            "  GC %.2f ms and JIT %.2f ms (elapsed, all threads) per article%n",
            (gcMillis() - gc0) / (double) n,
            (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0)
                / (double) n);
        double matches =
            rt.metrics().find("vigil.matches").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
        System.out.printf(
            "  %d articles measured after %d, %.1f s; %.1f matches per article%n",
            n, from0, wall, matches / total);
        for (String t : List.of(Topics.ARTICLES, Topics.HITS, Topics.MATCHES, Topics.STORIES)) {
          long bytes = 0;
          try (Stream<Path> files = Files.walk(dir)) {
            for (Path f :
                files
                    .filter(f -> f.getParent().getFileName().toString().startsWith(t + "-"))
                    .toList()) {
              bytes += Files.size(f);
            }
          }
          System.out.printf("  %s: %.1f KB per article on disk%n", t, bytes / 1024.0 / n);
        }
        return new double[] {n / wall, cpu / n};
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Whether the story step has committed every record of {@code vigil.hits}: each partition ends
   * with the marker of the transaction that wrote its last records, one offset past them.
   */
  private static boolean caughtUp(Admin admin) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> done =
        admin
            .listConsumerGroupOffsets(FilterStage.STORIES_GROUP)
            .partitionsToOffsetAndMetadata()
            .get();
    Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
    for (var p :
        admin
            .describeTopics(List.of(Topics.HITS))
            .allTopicNames()
            .get()
            .get(Topics.HITS)
            .partitions()) {
      latest.put(new TopicPartition(Topics.HITS, p.partition()), OffsetSpec.latest());
    }
    for (var e : admin.listOffsets(latest).all().get().entrySet()) {
      long end = e.getValue().offset();
      OffsetAndMetadata c = done.get(e.getKey());
      if (end > 0 && (c == null || c.offset() < end - 1)) return false;
    }
    return true;
  }

  private static long committed(Admin admin, String group, String topic) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    return offsets.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset())
        .sum();
  }

  /** CPU nanoseconds of each live thread, by name with digits folded (threads of one pool). */
  private static Map<String, Long> threadCpu() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Map<String, Long> out = new java.util.HashMap<>();
    for (java.lang.management.ThreadInfo t : bean.getThreadInfo(bean.getAllThreadIds())) {
      if (t == null) continue;
      long c = bean.getThreadCpuTime(t.getThreadId());
      if (c > 0) out.merge(t.getThreadName().replaceAll("\\d+", "N"), c, Long::sum);
    }
    return out;
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
