package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vigil.Daemon;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.testing.LocalKafka;
import dev.vigil.testing.WebhookReceiver;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
  private static final class Site implements AutoCloseable {
    final HttpServer server;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final AtomicBoolean open = new AtomicBoolean();

    Site() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext(
          "/",
          x -> {
            String path = x.getRequestURI().getPath();
            if (path.equals("/feed.xml")) {
              send(x, "application/rss+xml", feed());
            } else {
              hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
              send(x, "text/html; charset=utf-8", page(path.substring(path.lastIndexOf('/') + 1)));
            }
          });
      server.start();
    }

    String url(String path) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private String feed() {
      String items =
          !open.get()
              ? ""
              : IntStream.range(0, ITEMS)
                  .mapToObj(
                      i ->
                          ("<item><guid>n%d</guid><title>Convoy report %d</title><link>%s</link>"
                                  + "<description>Trucks seen moving east. Read more</description>"
                                  + "</item>")
                              .formatted(i, i, url("/news/" + i)))
                  .collect(Collectors.joining());
      return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Courier</title><link>"
          + url("/")
          + "</link><description>d</description>"
          + items
          + "</channel></rss>";
    }

    private static String page(String n) {
      return ("<html><body><article><h1>Convoy report %s</h1><p>Report %s: satellite images show"
              + " a Pantsir battery moving along the road east of the river, analysts said on"
              + " Thursday. The convoy of %s trucks stopped near the old airfield.</p><p>Residents"
              + " said the road had been closed since Monday, and that checkpoints had been added"
              + " along it in the previous week.</p></article></body></html>")
          .formatted(n, n, n);
    }

    private static void send(HttpExchange x, String type, String body) throws IOException {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().set("Content-Type", type);
      x.sendResponseHeaders(200, b.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(b);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  private static VigilConfig config(String bootstrap, Site site, WebhookReceiver hook) {
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
        Site site = new Site();
        WebhookReceiver hook = new WebhookReceiver()) {
      VigilConfig c = config(kafka.bootstrapServers(), site, hook);
      try (Daemon a = Daemon.start(c, dir.resolve("a"), Map.of());
          Daemon b = Daemon.start(c, dir.resolve("b"), Map.of())) {
        site.open.set(true);
        await().atMost(Duration.ofSeconds(90)).until(() -> hook.received().size() >= ITEMS);
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8)).until(() -> true);
      }
      assertThat(hook.received()).hasSize(ITEMS);
      assertThat(site.hits).hasSize(ITEMS);
      assertThat(site.hits.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }
  }
}
