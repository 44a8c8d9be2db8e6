package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testing.DaemonProcess;
import dev.vigil.testing.FeedServer;
import dev.vigil.testing.WebhookReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon runs as its own process and is killed with SIGKILL while alerts are flowing, then
 * restarted, several times. Every alert must arrive; a repeat is only possible for the deliveries
 * of the batch in flight at a kill (delivered, but not yet recorded durably and committed), and it
 * carries the same webhook-id so receivers can drop it. The teasers go through the full-text stage
 * (their pages fail at once), so its commits are killed mid-batch too.
 */
class CrashRecoveryTest {
  private static final int ITEMS = 40;
  private static final int KILLS = 3;

  @TempDir Path dir;

  @Test
  void sigkillDuringDeliveryLosesNothing() throws Exception {
    try (FeedServer feed = new FeedServer();
        WebhookReceiver hook = new WebhookReceiver()) {
      Path config = dir.resolve("vigil.yml");
      Files.writeString(
          config,
          """
          fulltext: { host-min-delay: 10ms }
          http: { port: -1 }
          feeds: [ { url: %s, interval: 1s } ]
          rules: [ { id: wagner, query: 'Wagner', channels: [ops] } ]
          channels: [ { id: ops, type: webhook, url: %s } ]
          """
              .formatted(feed.url(), hook.url()));
      int added = 0;
      for (int kill = 0; kill <= KILLS; kill++) {
        Process daemon = start(config);
        try {
          int target = Math.min(ITEMS, added + ITEMS / (KILLS + 1));
          for (; added < target; added++) {
            feed.add(
                new FeedServer.Item(
                    "w" + added, "Wagner sighting " + added, "PMC Wagner report.", Instant.now()));
          }
          int before = distinct(hook).size();
          await().atMost(Duration.ofSeconds(90)).until(() -> distinct(hook).size() > before);
        } finally {
          daemon.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        }
      }
      Process last = start(config);
      try {
        await().atMost(Duration.ofSeconds(90)).until(() -> distinct(hook).size() == ITEMS);
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
      } finally {
        last.destroy();
        last.waitFor();
      }
      assertThat(distinct(hook)).hasSize(ITEMS);
      int repeats = hook.received().size() - distinct(hook).size();
      // At most the alerts of the phase in flight can repeat at each kill.
      int bound = KILLS * ITEMS / (KILLS + 1);
      if (repeats > bound) {
        Files.readAllLines(Path.of("target/crash-test-daemon.log")).stream()
            .filter(l -> l.contains("WARN") || l.contains("ERROR"))
            .forEach(System.out::println);
      }
      assertThat(repeats)
          .as("only deliveries in flight at a kill may repeat")
          .isLessThanOrEqualTo(bound);
      System.out.printf(
          "crash test: %d alerts, %d kills, %d raw repeats (same webhook-id)%n",
          ITEMS, KILLS, repeats);
    }
  }

  private static Set<String> distinct(WebhookReceiver hook) {
    return hook.received().stream()
        .map(r -> r.headers().get("webhook-id"))
        .collect(Collectors.toSet());
  }

  private Process start(Path config) throws Exception {
    return DaemonProcess.start(
        config, dir.resolve("data"), Path.of("target/crash-test-daemon.log"));
  }
}
