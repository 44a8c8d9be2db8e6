package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.Daemon;
import dev.vigil.Vigil;
import dev.vigil.config.ConfigLoader;
import dev.vigil.testing.FeedServer;
import dev.vigil.testing.WebhookReceiver;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Through the real daemon: attempts run out, the DLQ fills, a replay delivers each alert once. */
class AlertDeadLetterReplayTest {
  private static final int ITEMS = 3;

  @TempDir Path dataDir;

  @Test
  void deadLettersAreListedAndReplayedOnce() throws Exception {
    int kafkaPort = AlertDeliveryRecoveryTest.freePort();
    AtomicInteger status = new AtomicInteger(500);
    try (FeedServer feed = new FeedServer();
        WebhookReceiver hook = new WebhookReceiver()) {
      hook.answer(status::get);
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
          rules: [ { id: wagner, query: Wagner, channels: [ops] } ]
          channels: [ { id: ops, type: webhook, url: %s } ]
          alerts:
            retry: { first: 100ms, max: 200ms, attempts: 3 }
            circuit-breaker: { failures: 5, open: 300ms }
          """
              .formatted(kafkaPort, feed.url(), hook.url());
      try (Daemon daemon =
          Daemon.start(
              new ConfigLoader(k -> null).parse(yaml, Path.of("t.yml")), dataDir, Map.of())) {
        MeterRegistry metrics = daemon.context().getBean(MeterRegistry.class);
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> count(metrics, "vigil.alerts.dead_lettered") == ITEMS);
        String list = cli(kafkaPort, "alerts", "dlq", "list");
        assertThat(list)
            .contains(ITEMS + " dead letters, " + ITEMS + " not replayed")
            .contains("attempts=3")
            .contains("answered HTTP 500");
        assertThat(cli(kafkaPort, "alerts", "recent")).contains("dead-lettered");

        status.set(200);
        assertThat(cli(kafkaPort, "alerts", "dlq", "replay"))
            .contains(ITEMS + " dead letters sent to the retry topic");
        await().atMost(Duration.ofSeconds(30)).until(() -> hook.received().size() >= ITEMS);
        assertThat(cli(kafkaPort, "alerts", "dlq", "replay")).contains("nothing to replay");
        assertThat(cli(kafkaPort, "alerts", "dlq", "list"))
            .contains(ITEMS + " dead letters, 0 not replayed");
        int polls = feed.requests();
        await().atMost(Duration.ofSeconds(30)).until(() -> feed.requests() >= polls + 3);

        assertThat(hook.received()).hasSize(ITEMS);
        assertThat(hook.received().stream().map(r -> r.headers().get("webhook-id")).distinct())
            .hasSize(ITEMS);
        assertThat(count(metrics, "vigil.alerts.sent")).isEqualTo(ITEMS);
        String recent = cli(kafkaPort, "alerts", "recent");
        assertThat(recent.lines().filter(l -> l.contains(" delivered "))).hasSize(ITEMS);
        System.out.printf("dlq list after replay:%n%s", cli(kafkaPort, "alerts", "dlq", "list"));
      }
    }
  }

  private static double count(MeterRegistry metrics, String name) {
    var c = metrics.find(name).tag("channel", "ops").counter();
    return c == null ? 0 : c.count();
  }

  private static String cli(int kafkaPort, String... args) {
    StringWriter out = new StringWriter();
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--bootstrap";
    all[args.length + 1] = "127.0.0.1:" + kafkaPort;
    assertThat(new CommandLine(new Vigil()).setOut(new PrintWriter(out)).execute(all)).isZero();
    return out.toString();
  }
}
