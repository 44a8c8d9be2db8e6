package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.Daemon;
import dev.vigil.config.ConfigLoader;
import dev.vigil.testing.FeedServer;
import dev.vigil.testing.WebhookReceiver;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the real daemon and its embedded Kafka: a webhook that hangs does not hold the others.
 */
class AlertChannelIsolationTest {
  @TempDir Path dataDir;

  @Test
  void aSlowWebhookDoesNotDelayTheOtherChannels() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch slowEntered = new CountDownLatch(1);
    try (FeedServer feed = new FeedServer();
        WebhookReceiver fast = new WebhookReceiver();
        WebhookReceiver slow = new WebhookReceiver()) {
      slow.answer(
          () -> {
            slowEntered.countDown();
            try {
              release.await(
                  30, TimeUnit.SECONDS); // holds the request open, as a hung endpoint would
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return 200;
          });
      for (int i = 0; i < 3; i++) {
        feed.add(
            new FeedServer.Item("w" + i, "Wagner convoy " + i, "PMC Wagner seen.", Instant.now()));
      }
      String yaml =
          """
          fulltext: { mode: never }
          http: { port: -1 }
          feeds: [ { url: %s, interval: 1s } ]
          rules: [ { id: wagner, query: Wagner, channels: [slow, fast] } ]
          channels:
            - { id: slow, type: webhook, url: %s }
            - { id: fast, type: webhook, url: %s }
          """
              .formatted(feed.url(), slow.url(), fast.url());
      try (Daemon daemon =
          Daemon.start(
              new ConfigLoader(k -> null).parse(yaml, Path.of("t.yml")), dataDir, Map.of())) {
        await().atMost(Duration.ofSeconds(60)).until(() -> slowEntered.getCount() == 0);
        // The slow endpoint holds its first request for up to 30 s; the webhook timeout is 10 s.
        await().atMost(Duration.ofSeconds(8)).until(() -> fast.received().size() == 3);
        assertThat(slow.received())
            .as("the slow endpoint is still holding its first request")
            .isEmpty();
        release.countDown();
        // >= and distinct ids: on a machine so loaded that the held request outlived the 10 s
        // timeout, the
        // receiver may also accept the retry of it, which carries the same webhook-id.
        await().atMost(Duration.ofSeconds(30)).until(() -> slow.received().size() >= 3);
      }
      assertThat(fast.received().stream().map(r -> r.headers().get("webhook-id")).distinct())
          .hasSize(3);
      assertThat(slow.received().stream().map(r -> r.headers().get("webhook-id")).distinct())
          .hasSize(3);
    }
  }
}
