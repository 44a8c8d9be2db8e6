package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.vigil.Daemon;
import dev.vigil.Vigil;
import dev.vigil.config.ConfigLoader;
import dev.vigil.testing.FeedServer;
import dev.vigil.testing.WebhookReceiver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Through the real daemon and its embedded Kafka: a webhook that answers 500 for a while and an
 * SMTP server that is down, then both recover. Every alert arrives exactly once on each channel.
 */
class AlertDeliveryRecoveryTest {
  private static final int ITEMS = 5;
  private static final String SECRET =
      "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0123".getBytes());

  @TempDir Path dataDir;

  @Test
  void failingEndpointsGetEveryAlertExactlyOnceWhenTheyRecover() throws Exception {
    int kafkaPort = freePort();
    int smtpPort = freePort();
    AtomicBoolean down = new AtomicBoolean(true);
    AtomicInteger refused = new AtomicInteger();
    try (FeedServer feed = new FeedServer();
        WebhookReceiver hook = new WebhookReceiver()) {
      hook.answer(
          () -> {
            if (down.get()) {
              refused.incrementAndGet();
              return 500;
            }
            return 200;
          });
      for (int i = 0; i < ITEMS; i++) {
        feed.add(
            new FeedServer.Item("w" + i, "Wagner convoy " + i, "PMC Wagner seen.", Instant.now()));
      }
      String yaml =
          """
          fulltext: { mode: never }
          http: { port: -1 }
          kafka: { embedded-port: %d }
          feeds: [ { url: %s, interval: 1s } ]
          rules: [ { id: wagner, query: Wagner, channels: [ops, desk] } ]
          channels:
            - { id: ops, type: webhook, url: %s, secret: '${WEBHOOK_SECRET}' }
            - { id: desk, type: email, to: [analyst@example.org] }
          smtp: { host: 127.0.0.1, port: %d, from: vigil@example.org, timeout: 2s }
          alerts:
            retry: { first: 200ms, max: 1s, attempts: 100, max-age: 1h }
            circuit-breaker: { failures: 3, open: 500ms }
          """
              .formatted(kafkaPort, feed.url(), hook.url(), smtpPort);
      var config =
          new ConfigLoader(Map.of("WEBHOOK_SECRET", SECRET)::get).parse(yaml, Path.of("t.yml"));
      GreenMail smtp =
          new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      try (Daemon daemon = Daemon.start(config, dataDir, Map.of())) {
        MeterRegistry metrics = daemon.context().getBean(MeterRegistry.class);
        // Both endpoints stay down until each channel has failed, been retried and short-circuited.
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    refused.get() >= 10
                        && count(metrics, "vigil.alerts.retried", "desk") >= 2 * ITEMS
                        && count(metrics, "vigil.alerts.short_circuited", "ops") > 0);
        assertThat(recent(kafkaPort)).contains("retrying");
        down.set(false);
        smtp.start();
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    hook.received().size() >= ITEMS && smtp.getReceivedMessages().length >= ITEMS);
        // Let any stray repeat surface before counting: more retry rounds than the policy's longest
        // wait.
        int polls = feed.requests();
        await().atMost(Duration.ofSeconds(30)).until(() -> feed.requests() >= polls + 3);

        assertThat(hook.received()).hasSize(ITEMS);
        assertThat(hook.received().stream().map(r -> r.headers().get("webhook-id")).distinct())
            .hasSize(ITEMS);
        StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(SECRET);
        for (WebhookReceiver.Received r : hook.received()) {
          assertThat(verifier.verify(r.headers(), r.body(), Instant.now()))
              .as("signature")
              .isTrue();
        }
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(ITEMS);
        assertThat(Arrays.stream(mails).map(AlertDeliveryRecoveryTest::messageId).distinct())
            .hasSize(ITEMS);

        for (String ch : new String[] {"ops", "desk"}) {
          assertThat(count(metrics, "vigil.alerts.sent", ch)).isEqualTo(ITEMS);
          assertThat(count(metrics, "vigil.alerts.failed", ch)).isGreaterThanOrEqualTo(ITEMS);
          assertThat(count(metrics, "vigil.alerts.dead_lettered", ch)).isZero();
          assertThat(metrics.find("vigil.alerts.delay").tag("channel", ch).timer().count())
              .isEqualTo(ITEMS);
        }
        int http = daemon.context().getBean(EmbeddedServer.class).getPort();
        String prometheus =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/prometheus"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(prometheus)
            .contains("vigil_alerts_delay_seconds_bucket{channel=\"desk\",le=")
            .contains("vigil_alerts_dead_lettered_total{channel=\"ops\"} 0.0")
            .contains("vigil_alerts_sent_total{channel=\"ops\"} " + ITEMS + ".0");
        String recent = recent(kafkaPort);
        assertThat(
                recent.lines().filter(l -> !l.startsWith(" ")).filter(l -> l.contains("delivered")))
            .hasSize(2 * ITEMS);
        System.out.printf(
            "recovery test: %d refused webhook requests, %.0f ops / %.0f desk failed attempts%n%s",
            refused.get(),
            count(metrics, "vigil.alerts.failed", "ops"),
            count(metrics, "vigil.alerts.failed", "desk"),
            recent);
      } finally {
        smtp.stop();
      }
    }
  }

  private static double count(MeterRegistry metrics, String name, String channel) {
    var c = metrics.find(name).tag("channel", channel).counter();
    return c == null ? 0 : c.count();
  }

  private static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recent(int kafkaPort) {
    StringWriter out = new StringWriter();
    int code =
        new CommandLine(new Vigil())
            .setOut(new PrintWriter(out))
            .execute("alerts", "recent", "-n", "50", "--bootstrap", "127.0.0.1:" + kafkaPort);
    assertThat(code).isZero();
    return out.toString();
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
