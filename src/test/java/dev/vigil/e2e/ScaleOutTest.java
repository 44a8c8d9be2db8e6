package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.Daemon;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.kafka.EmbeddedKafka;
import dev.vigil.testing.DaemonProcess;
import dev.vigil.testing.FeedFarm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances against one external broker split the feeds through Kafka's group assignment; when
 * one stops, or is killed, the other takes its feeds over and continues from their stored fetch
 * state.
 */
class ScaleOutTest {
  private static final int FEEDS = 30;
  private static final String A = "vigil-a";
  private static final String B = "vigil-b";

  @TempDir Path dir;

  private static String yaml(String bootstrap, FeedFarm farm, String agent) {
    String feeds =
        IntStream.range(0, FEEDS)
            .mapToObj(i -> "  - { url: " + farm.url(i) + ", interval: 1s }")
            .collect(Collectors.joining("\n"));
    return """
        fulltext: { mode: never }
        kafka: { bootstrap.servers: "%s" }
        http: { port: -1 }
        poller: { user-agent: %s, host-min-delay: 1ms, host-max-concurrent: 64 }
        feeds:
        %s
        """
        .formatted(bootstrap, agent, feeds);
  }

  private static VigilConfig config(String bootstrap, FeedFarm farm, String agent) {
    return new ConfigLoader(k -> null).parse(yaml(bootstrap, farm, agent), Path.of(agent + ".yml"));
  }

  private static Set<String> agents(FeedFarm farm, int feed, int from) {
    List<FeedFarm.Hit> hits = farm.hits(feed);
    return hits.subList(Math.min(from, hits.size()), hits.size()).stream()
        .map(FeedFarm.Hit::userAgent)
        .collect(Collectors.toSet());
  }

  private static int[] hitCounts(FeedFarm farm) {
    return IntStream.range(0, FEEDS).map(i -> farm.hits(i).size()).toArray();
  }

  /**
   * Waits until both instances poll, then until every feed is polled three more times, and checks
   * that each feed had one poller meanwhile and each instance some feeds. Returns where that began.
   */
  private static int[] awaitShared(FeedFarm farm) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                IntStream.range(0, FEEDS)
                    .mapToObj(i -> agents(farm, i, 0))
                    .flatMap(Set::stream)
                    .collect(Collectors.toSet())
                    .containsAll(Set.of(A, B)));
    int[] mark = hitCounts(farm);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> IntStream.range(0, FEEDS).allMatch(i -> farm.hits(i).size() >= mark[i] + 3));
    long byA =
        IntStream.range(0, FEEDS).filter(i -> agents(farm, i, mark[i]).equals(Set.of(A))).count();
    long byB =
        IntStream.range(0, FEEDS).filter(i -> agents(farm, i, mark[i]).equals(Set.of(B))).count();
    assertThat(byA + byB)
        .as("in steady state every feed is polled by exactly one instance")
        .isEqualTo(FEEDS);
    assertThat(byA).isPositive();
    assertThat(byB).isPositive();
    return mark;
  }

  /**
   * Waits until B alone polls every feed (one request of A's may still be in flight at {@code
   * after}), and checks that B's first request for each feed sent the stored ETag.
   */
  private static void awaitTakenOverByB(FeedFarm farm, int[] after, Duration within) {
    await()
        .atMost(within)
        .until(
            () ->
                IntStream.range(0, FEEDS)
                    .allMatch(
                        i ->
                            agents(farm, i, after[i] + 1).equals(Set.of(B))
                                && farm.hits(i).size() >= after[i] + 2));
    for (int i = 0; i < FEEDS; i++) {
      FeedFarm.Hit firstByB =
          farm.hits(i).stream()
              .skip(after[i])
              .filter(h -> h.userAgent().equals(B))
              .findFirst()
              .orElseThrow();
      assertThat(firstByB.ifNoneMatch())
          .as("feed %d continues from its stored ETag", i)
          .isNotNull();
    }
  }

  @Test
  void twoInstancesShareTheFeedsAndTheSurvivorTakesOver() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
        FeedFarm farm = new FeedFarm()) {
      Daemon a = Daemon.start(config(kafka.bootstrapServers(), farm, A), dir, Map.of());
      try (Daemon b = Daemon.start(config(kafka.bootstrapServers(), farm, B), dir, Map.of())) {
        awaitShared(farm);
        a.close();
        awaitTakenOverByB(farm, hitCounts(farm), Duration.ofSeconds(60));
      } finally {
        a.close();
      }
    }
  }

  /**
   * Instance A runs in its own JVM and is killed with SIGKILL: it never leaves the consumer group,
   * so its feeds move only when the broker's 15 s session timeout expires. B must then poll them
   * within a minute, with the ETags A stored, and no feed may ever go back and forth between them.
   */
  @Test
  void whenAnInstanceIsKilledItsFeedsMoveWithinAMinute() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
        FeedFarm farm = new FeedFarm()) {
      Path configA =
          Files.writeString(dir.resolve("a.yml"), yaml(kafka.bootstrapServers(), farm, A));
      Process a =
          DaemonProcess.start(
              configA, dir.resolve("data-a"), Path.of("target/scale-out-daemon.log"));
      try {
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> IntStream.range(0, FEEDS).allMatch(i -> agents(farm, i, 0).contains(A)));
        try (Daemon b = Daemon.start(config(kafka.bootstrapServers(), farm, B), dir, Map.of())) {
          int[] mark = awaitShared(farm);
          a.destroyForcibly().waitFor(); // SIGKILL: no LeaveGroup, no shutdown hook
          long killed = System.nanoTime();
          int[] after = hitCounts(farm);
          // B has never fetched these: the ETag it sends for them can only come from the state A
          // stored.
          long onlyA =
              IntStream.range(0, FEEDS).filter(i -> agents(farm, i, 0).equals(Set.of(A))).count();
          assertThat(onlyA).as("feeds B never polled before the kill").isPositive();

          awaitTakenOverByB(farm, after, Duration.ofSeconds(60));
          System.out.printf(
              "scale-out: %d feeds only A had polled were polled by B %d ms after A was killed%n",
              onlyA, (System.nanoTime() - killed) / 1_000_000);
          for (int i = 0; i < FEEDS; i++) {
            String order =
                farm.hits(i).stream()
                    .skip(mark[i])
                    .map(h -> h.userAgent().equals(A) ? "a" : "b")
                    .collect(Collectors.joining());
            assertThat(order)
                .as("feed %d is polled by one instance at a time: A until the kill, then B", i)
                .matches("a*b*");
          }
        }
      } finally {
        a.destroyForcibly().waitFor();
      }
    }
  }
}
