package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.Daemon;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.kafka.EmbeddedKafka;
import dev.vigil.testing.FeedFarm;
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
 * one stops, the other takes its feeds over and continues from their stored fetch state.
 */
class ScaleOutTest {
  private static final int FEEDS = 30;

  @TempDir
  Path dir;

  private static VigilConfig config(String bootstrap, FeedFarm farm, String agent) {
    String feeds = IntStream.range(0, FEEDS).mapToObj(i -> "  - { url: " + farm.url(i) + ", interval: 1s }")
        .collect(Collectors.joining("\n"));
    String yaml = """
        kafka: { bootstrap.servers: "%s" }
        http: { port: -1 }
        poller: { user-agent: %s, host-min-delay: 1ms, host-max-concurrent: 64 }
        feeds:
        %s
        """.formatted(bootstrap, agent, feeds);
    return new ConfigLoader(k -> null).parse(yaml, Path.of(agent + ".yml"));
  }

  private static Set<String> agents(FeedFarm farm, int feed, int from) {
    List<FeedFarm.Hit> hits = farm.hits(feed);
    return hits.subList(Math.min(from, hits.size()), hits.size()).stream().map(FeedFarm.Hit::userAgent)
        .collect(Collectors.toSet());
  }

  @Test
  void twoInstancesShareTheFeedsAndTheSurvivorTakesOver() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0); FeedFarm farm = new FeedFarm()) {
      Daemon a = Daemon.start(config(kafka.bootstrapServers(), farm, "vigil-a"), dir, Map.of());
      try (Daemon b = Daemon.start(config(kafka.bootstrapServers(), farm, "vigil-b"), dir, Map.of())) {
        await().atMost(Duration.ofSeconds(60)).until(() -> IntStream.range(0, FEEDS)
            .anyMatch(i -> agents(farm, i, 0).contains("vigil-b")));
        int[] mark = IntStream.range(0, FEEDS).map(i -> farm.hits(i).size()).toArray();
        await().atMost(Duration.ofSeconds(30)).until(() -> IntStream.range(0, FEEDS)
            .allMatch(i -> farm.hits(i).size() >= mark[i] + 3));
        long byA = IntStream.range(0, FEEDS).filter(i -> agents(farm, i, mark[i]).equals(Set.of("vigil-a"))).count();
        long byB = IntStream.range(0, FEEDS).filter(i -> agents(farm, i, mark[i]).equals(Set.of("vigil-b"))).count();
        assertThat(byA + byB).as("in steady state every feed is polled by exactly one instance").isEqualTo(FEEDS);
        assertThat(byA).isPositive();
        assertThat(byB).isPositive();

        a.close();
        int[] after = IntStream.range(0, FEEDS).map(i -> farm.hits(i).size()).toArray();
        await().atMost(Duration.ofSeconds(60)).until(() -> IntStream.range(0, FEEDS)
            .allMatch(i -> agents(farm, i, after[i] + 1).equals(Set.of("vigil-b"))
                && farm.hits(i).size() >= after[i] + 2));
        for (int i = 0; i < FEEDS; i++) {
          FeedFarm.Hit firstByB = farm.hits(i).stream().skip(after[i]).filter(h -> h.userAgent().equals("vigil-b"))
              .findFirst().orElseThrow();
          assertThat(firstByB.ifNoneMatch()).as("feed %d continues from its stored ETag", i).isNotNull();
        }
      } finally {
        a.close();
      }
    }
  }
}
