package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vigil.Daemon;
import dev.vigil.config.ConfigLoader;
import dev.vigil.testing.WebhookReceiver;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teaser feed whose links lead to the articles: the rules see what the article page says (and not
 * what its sidebar says), a dead page or a hanging one holds up nothing else, and a restart neither
 * fetches nor alerts again.
 */
class FulltextEndToEndTest {
  @TempDir Path dir;

  /** The site: a feed of teasers, an article page, a page that is gone and one that hangs. */
  private static final class Site implements AutoCloseable {
    final HttpServer server;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicBoolean later = new AtomicBoolean();

    Site(byte[] article) throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext(
          "/",
          x -> {
            String path = x.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            switch (path) {
              case "/feed.xml" -> send(x, 200, "application/rss+xml", feed().getBytes());
              case "/world/air-defence" -> send(x, 200, "text/html; charset=utf-8", article);
              case "/world/kidal" -> send(x, 404, "text/html", "<h1>Not found</h1>".getBytes());
              case "/world/slow" -> {
                try {
                  release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                send(x, 200, "text/html", "<p>too late</p>".getBytes());
              }
              default -> send(x, 404, "text/plain", new byte[0]);
            }
          });
      server.start();
    }

    String url(String path) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
      return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private String feed() {
      String now = "Mon, 30 Nov 2026 08:15:00 GMT";
      return """
          <?xml version="1.0"?>
          <rss version="2.0"><channel><title>Courier World</title><link>%s</link>
          <description>World news</description>
          <item><guid>a1</guid><title>Russian air defence unit seen in eastern Syria</title>
            <link>%s</link><pubDate>%s</pubDate>
            <description>Satellite images show a convoy moving east. Read more</description></item>
          <item><guid>a2</guid><title>Fighting near Kidal</title>
            <link>%s</link><pubDate>%s</pubDate>
            <description>Clashes near Kidal, officials said…</description></item>
          <item><guid>a3</guid><title>Storm hits Timbuktu</title>
            <link>%s</link><pubDate>%s</pubDate>
            <description>A sandstorm closed the airport in Timbuktu…</description></item>
          %s
          </channel></rss>
          """
          .formatted(
              url("/"),
              url("/world/air-defence"),
              now,
              url("/world/kidal"),
              now,
              url("/world/slow"),
              now,
              later.get() ? laterItem(now) : "");
    }

    /** An entry that comes later, with its whole text: it needs no page. */
    private String laterItem(String now) {
      return "<item><guid>a4</guid><title>Convoy reaches Gao</title><link>%s</link>"
              .formatted(url("/world/gao"))
          + "<pubDate>%s</pubDate><description>%s</description></item>"
              .formatted(
                  now,
                  ("A supply convoy reached Gao on Wednesday after a week on the road from the"
                          + " border, officials said. ")
                      .repeat(8));
    }

    private static void send(HttpExchange x, int status, String type, byte[] body)
        throws IOException {
      x.getResponseHeaders().set("Content-Type", type);
      x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }

    @Override
    public void close() {
      release.countDown();
      server.stop(0);
    }
  }

  private static String config(Site site, WebhookReceiver hook) {
    return """
        http: { port: -1 }
        fulltext: { timeout: 15s, host-min-delay: 10ms }
        feeds: [ { url: %s, interval: 1s, backfill: 3650d } ]
        rules:
          - { id: pantsir, query: 'Pantsir', channels: [ops] }
          - { id: decoy, query: 'Hezbollah OR Wagner', channels: [ops] }
          - { id: kidal, query: 'Kidal', channels: [ops] }
          - { id: timbuktu, query: 'Timbuktu', channels: [ops] }
          - { id: gao, query: 'Gao', channels: [ops] }
        channels: [ { id: ops, type: webhook, url: %s } ]
        """
        .formatted(site.url("/feed.xml"), hook.url());
  }

  @Test
  void rulesSeeTheArticlePageAndNothingWaitsLongForADeadSite() throws Exception {
    byte[] page =
        Files.readAllBytes(Path.of("src/test/resources/fulltext/pages/sidebar-decoy.html"));
    try (Site site = new Site(page);
        WebhookReceiver hook = new WebhookReceiver()) {
      String yaml = config(site, hook);
      Instant started = Instant.now();
      try (Daemon d =
          Daemon.start(new ConfigLoader(k -> null).parse(yaml, Path.of("f.yml")), dir, Map.of())) {
        await().atMost(Duration.ofSeconds(30)).until(() -> hook.received().size() >= 2);
        site.later.set(true); // a new entry while the hanging page is still awaited
        await().atMost(Duration.ofSeconds(60)).until(() -> hook.received().size() >= 4);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> true);
        MeterRegistry m = d.context().getBean(MeterRegistry.class);
        assertThat(m.counter("vigil.fulltext.articles", "status", "fetched").count()).isEqualTo(1);
        assertThat(m.counter("vigil.fulltext.articles", "status", "timeout").count()).isEqualTo(1);
        assertThat(m.counter("vigil.fulltext.articles", "status", "failed: HTTP 404").count())
            .isEqualTo(1);
        assertThat(m.summary("vigil.fulltext.page.bytes").totalAmount())
            .isGreaterThan(page.length - 1);
      }
      List<String> bodies = hook.received().stream().map(WebhookReceiver.Received::body).toList();
      assertThat(bodies).hasSize(4);
      assertThat(bodies)
          .anySatisfy(
              b ->
                  assertThat(b)
                      .contains("\"id\":\"pantsir\"")
                      .contains("\"status\":\"fetched\"")
                      .contains("Pantsir-S1 battery"));
      assertThat(bodies)
          .anySatisfy(b -> assertThat(b).contains("\"id\":\"kidal\"").contains("failed: HTTP 404"));
      assertThat(bodies)
          .anySatisfy(
              b ->
                  assertThat(b).contains("\"id\":\"timbuktu\"").contains("\"status\":\"timeout\""));
      assertThat(bodies).noneSatisfy(b -> assertThat(b).contains("\"id\":\"decoy\""));
      assertThat(bodies.get(3))
          .as("the hanging page held up only its own article, not later entries")
          .contains("\"id\":\"timbuktu\"");
      assertThat(bodies.get(2)).contains("\"id\":\"gao\"").contains("\"status\":\"not-needed\"");
      assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(60));

      // A restart fetches no page again and sends no alert again.
      int fetchedBefore = site.hits("/world/air-defence");
      try (Daemon d =
          Daemon.start(new ConfigLoader(k -> null).parse(yaml, Path.of("f.yml")), dir, Map.of())) {
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8)).until(() -> true);
      }
      assertThat(site.hits("/world/air-defence")).isEqualTo(fetchedBefore);
      assertThat(hook.received()).hasSize(4);
    }
  }
}
