package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.vigil.Daemon;
import dev.vigil.alert.WebhookSigner;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.testing.FeedServer;
import dev.vigil.testing.LocalSmtp;
import dev.vigil.testing.WebhookReceiver;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline through a real in-process Kafka broker: a local feed gains items, matches
 * arrive once by webhook and by email (GreenMail), and a restart repeats nothing.
 */
class PipelineEndToEndTest {
  private static final String SECRET =
      "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0123".getBytes());

  @TempDir Path dataDir;

  FeedServer feed;
  WebhookReceiver hook;
  GreenMail smtp;

  @BeforeEach
  void servers() throws Exception {
    feed = new FeedServer();
    hook = new WebhookReceiver();
    smtp = LocalSmtp.open(ServerSetup.PROTOCOL_SMTP);
  }

  @AfterEach
  void stop() {
    feed.close();
    hook.close();
    smtp.stop();
  }

  private VigilConfig config() {
    String yaml =
        """
        http: { port: -1 }
        feeds:
          - url: %s
            interval: 1s
        entities:
          - id: pantsir
            name: Pantsir
            type: weapon
            aliases: ["SA-22", "Pantsir-S1"]
        rules:
          - id: pantsir-hezbollah
            query: '@pantsir AND (Hezbollah OR Hizbullah)'
            channels: [ops, desk, log]
        channels:
          - id: ops
            type: webhook
            url: %s
            secret: ${WEBHOOK_SECRET}
          - id: desk
            type: email
            to: [analyst@example.org]
        smtp: { host: 127.0.0.1, port: %d, from: vigil@example.org }
        """
            .formatted(feed.url(), hook.url(), smtp.getSmtp().getPort());
    return new ConfigLoader(Map.of("WEBHOOK_SECRET", SECRET)::get).parse(yaml, Path.of("e2e.yml"));
  }

  @Test
  void matchingItemAlertsOnceThroughRestarts() throws Exception {
    Instant now = Instant.now();
    feed.add(
        new FeedServer.Item(
            "old-1",
            "Pantsir seen with Hezbollah",
            "An SA-22 battery, weeks ago.",
            now.minus(Duration.ofDays(30))));
    try (Daemon daemon = Daemon.start(config(), dataDir, Map.of())) {
      await().atMost(Duration.ofSeconds(30)).until(() -> feed.notModified() >= 1);
      assertThat(hook.received())
          .as("entries older than the backfill window are not new")
          .isEmpty();

      feed.add(
          new FeedServer.Item(
              "new-1", "Hezbollah moves air defence", "Reports of an SA-22 near the border.", now));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> hook.received().size() == 1 && smtp.getReceivedMessages().length == 1);

      feed.add(new FeedServer.Item("new-2", "Weather in Beirut", "Sunny, 24 degrees.", now));
      int polls = feed.requests();
      await().atMost(Duration.ofSeconds(30)).until(() -> feed.requests() >= polls + 3);

      checkWebhook(hook.received().get(0));
      checkEmail(smtp.getReceivedMessages()[0]);
      checkEndpoints(daemon.context().getBean(EmbeddedServer.class).getPort());
    }
    assertThat(hook.received()).hasSize(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);

    try (Daemon again = Daemon.start(config(), dataDir, Map.of())) {
      int polls = feed.requests();
      await().atMost(Duration.ofSeconds(30)).until(() -> feed.requests() >= polls + 3);
      feed.add(
          new FeedServer.Item(
              "new-3", "Hizbullah and Pantsir-S1", "A second sighting.", Instant.now()));
      await().atMost(Duration.ofSeconds(30)).until(() -> hook.received().size() == 2);
    }
    assertThat(hook.received()).as("a restart repeats nothing").hasSize(2);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  private static void checkWebhook(WebhookReceiver.Received r) {
    assertThat(r.body())
        .contains("\"rule\":{\"id\":\"pantsir-hezbollah\"}")
        .contains("http://127.0.0.1/news/new-1")
        .contains("SA-22")
        .contains("Hezbollah");
    String expected =
        new WebhookSigner(SECRET)
            .sign(
                r.headers().get("webhook-id"),
                Long.parseLong(r.headers().get("webhook-timestamp")),
                r.body());
    assertThat(r.headers().get("webhook-signature")).isEqualTo(expected);
  }

  private static void checkEmail(MimeMessage m) throws Exception {
    assertThat(m.getSubject())
        .contains("pantsir-hezbollah")
        .contains("Hezbollah moves air defence");
    MimeMultipart parts = (MimeMultipart) m.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat((String) parts.getBodyPart(0).getContent())
        .contains("http://127.0.0.1/news/new-1")
        .contains("SA-22")
        .doesNotContain("<p>");
    // The feed's HTML, kept safe by the poller, carried in the article over Kafka, shown in the
    // HTML part.
    assertThat((String) parts.getBodyPart(1).getContent())
        .contains("<p>Reports of an SA-22 near the border.</p>");
  }

  private static void checkEndpoints(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP").contains("kafka");
    for (String probe : new String[] {"liveness", "readiness"}) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/" + probe))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(probe).isEqualTo(200);
      assertThat(r.body()).as(probe).contains("UP");
    }
    HttpResponse<String> prom =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/prometheus")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(prom.body())
        .contains("vigil_feed_polls_total")
        .contains("vigil_alerts_sent_total")
        .contains("vigil_articles_published_total")
        .contains("vigil_matches_total");
    HttpResponse<String> feeds =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/feeds")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(feeds.statusCode()).isEqualTo(200);
    assertThat(feeds.body())
        .contains("\"state\":\"ok\"")
        .contains("\"lastSuccess\"")
        .contains("/feed.rss");
  }
}
