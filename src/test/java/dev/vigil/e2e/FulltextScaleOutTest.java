package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.Daemon;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.testing.LocalKafka;
import dev.vigil.testing.ScriptedServer;
import dev.vigil.testing.WebhookReceiver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one broker share the full-text work: every article page is fetched once, and
 * every article alerts once.
 */
class FulltextScaleOutTest {
  private static final int ITEMS = 12;

  @TempDir Path dir;

  /** A teaser feed of {@link #ITEMS} entries, each linking to a page of its own. */
  private static String feed(ScriptedServer site) {
    String items =
        IntStream.range(0, ITEMS)
            .mapToObj(
                i ->
                    ("<item><guid>n%d</guid><title>Convoy report %d</title><link>%s</link>"
                            + "<description>Trucks seen moving east. Read more</description></item>")
                        .formatted(i, i, site.url("/news/" + i)))
            .collect(Collectors.joining());
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Courier</title>"
        + "<link>http://127.0.0.1/</link><description>d</description>"
        + items
        + "</channel></rss>";
  }

  private static byte[] page(int n) {
    return ("<html><body><article><h1>Convoy report %d</h1><p>Report %d: satellite images show"
            + " a Pantsir battery moving along the road east of the river, analysts said on"
            + " Thursday. The convoy of %d trucks stopped near the old airfield.</p><p>Residents"
            + " said the road had been closed since Monday, and that checkpoints had been added"
            + " along it in the previous week.</p></article></body></html>")
        .formatted(n, n, n)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static VigilConfig config(String bootstrap, ScriptedServer site, WebhookReceiver hook) {
    String yaml =
        """
        kafka: { bootstrap.servers: "%s" }
        http: { port: -1 }
        fulltext: { host-min-delay: 10ms, host-max-concurrent: 4 }
        stories: { grouping: off }
        feeds: [ { url: %s, interval: 1s } ]
        rules: [ { id: pantsir, query: 'Pantsir', channels: [ops] } ]
        channels: [ { id: ops, type: webhook, url: %s } ]
        """
            .formatted(bootstrap, site.url("/feed.xml"), hook.url());
    return new ConfigLoader(k -> null).parse(yaml, Path.of("scale.yml"));
  }

  @Test
  void twoInstancesFetchEachPageOnceAndAlertEachArticleOnce() throws Exception {
    try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"), 3);
        ScriptedServer site = new ScriptedServer();
        WebhookReceiver hook = new WebhookReceiver()) {
      Map<String, String> rss = Map.of("Content-Type", "application/rss+xml");
      site.respondAt("/feed.xml", 200, rss, "<rss version=\"2.0\"><channel/></rss>".getBytes());
      for (int i = 0; i < ITEMS; i++) {
        site.respondAt("/news/" + i, 200, Map.of("Content-Type", "text/html"), page(i));
      }
      VigilConfig c = config(kafka.bootstrapServers(), site, hook);
      try (Daemon a = Daemon.start(c, dir.resolve("a"), Map.of());
          Daemon b = Daemon.start(c, dir.resolve("b"), Map.of())) {
        // Both instances are up: now the entries come.
        site.respondAt("/feed.xml", 200, rss, feed(site).getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(90)).until(() -> hook.received().size() >= ITEMS);
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8)).until(() -> true);
      }
      assertThat(hook.received()).hasSize(ITEMS);
      List<String> pages = site.paths().stream().filter(p -> p.startsWith("/news/")).toList();
      assertThat(pages).hasSize(ITEMS).doesNotHaveDuplicates();
    }
  }
}
