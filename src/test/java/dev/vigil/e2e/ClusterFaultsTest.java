package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.vigil.testing.DaemonProcess;
import dev.vigil.testing.FeedServer;
import dev.vigil.testing.LocalCluster;
import dev.vigil.testing.LocalSmtp;
import dev.vigil.testing.WebhookReceiver;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances, each its own JVM, on a three-broker cluster, with items arriving on six feeds
 * all along: one instance is killed with SIGKILL and started again, then every instance is
 * restarted in turn. Every item alerts by webhook and by email; an alert may repeat only after a
 * fault, once, with the same id.
 */
class ClusterFaultsTest {
  private static final int FEEDS = 6;
  private static final Pattern ITEM = Pattern.compile("Wagner column (\\d+)");

  @TempDir Path dir;

  private final FeedServer[] feeds = new FeedServer[FEEDS];
  private final Process[] instances = new Process[3];
  private int items;

  @Test
  void everyAlertArrivesThroughAKillAndARollingRestart() throws Exception {
    for (int f = 0; f < FEEDS; f++) feeds[f] = new FeedServer();
    GreenMail smtp = LocalSmtp.open(ServerSetup.PROTOCOL_SMTP);
    try (LocalCluster cluster = LocalCluster.start(dir.resolve("cluster"), 3);
        WebhookReceiver hook = new WebhookReceiver()) {
      Path config = config(cluster.bootstrapServers(), hook.url(), smtp);
      for (int i = 0; i < instances.length; i++) instances[i] = start(config, i);
      addAndAwait(hook, smtp, 12);

      add(24);
      int before = items - 24;
      await() // the first of them alerted: the rest are being polled, matched and delivered
          .atMost(Duration.ofSeconds(60))
          .until(() -> perItem(hook, smtp, true).size() > before);
      instances[1].destroyForcibly().waitFor(); // SIGKILL, mid-run
      addAndAwait(hook, smtp, 0);
      instances[1] = start(config, 1);
      addAndAwait(hook, smtp, 12);

      for (int i = 0; i < instances.length; i++) { // a rolling restart
        instances[i].destroy();
        instances[i].waitFor();
        add(6);
        instances[i] = start(config, i);
        addAndAwait(hook, smtp, 6);
      }

      Map<String, Integer> hooks = perItem(hook, smtp, true);
      Map<String, Integer> mails = perItem(hook, smtp, false);
      System.out.printf(
          "cluster faults test: %d items; %d webhook and %d email repeats%n",
          items, hook.received().size() - items, smtp.getReceivedMessages().length - items);
      assertThat(hooks).hasSize(items);
      assertThat(mails).hasSize(items);
      assertThat(hooks.values()).as("webhook deliveries per alert").allMatch(n -> n <= 2);
      assertThat(mails.values()).as("emails per alert").allMatch(n -> n <= 2);
      assertThat(
              hook.received().stream().map(r -> r.headers().get("webhook-id")).distinct().count())
          .as("a repeated webhook carries the id of the first")
          .isEqualTo(items);
    } finally {
      for (Process p : instances) if (p != null) p.destroyForcibly().waitFor();
      smtp.stop();
      for (FeedServer f : feeds) if (f != null) f.close();
    }
  }

  private void add(int n) {
    for (int k = 0; k < n; k++, items++) {
      feeds[items % FEEDS].add(
          new FeedServer.Item(
              "c" + items,
              "Wagner column " + items + " seen near checkpoint " + (items * 37 % 101),
              "A column of PMC Wagner vehicles, number " + items + ", moved at dawn.",
              Instant.now()));
    }
  }

  /** Adds {@code n} items, then waits until every item so far alerted on both channels. */
  private void addAndAwait(WebhookReceiver hook, GreenMail smtp, int n) {
    add(n);
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                perItem(hook, smtp, true).size() == items
                    && perItem(hook, smtp, false).size() == items);
  }

  /** Deliveries per item, by webhook or by email. */
  private static Map<String, Integer> perItem(WebhookReceiver hook, GreenMail smtp, boolean web)
      throws Exception {
    Map<String, Integer> out = new TreeMap<>();
    if (web) {
      for (WebhookReceiver.Received r : hook.received()) count(out, r.body());
    } else {
      for (MimeMessage m : smtp.getReceivedMessages()) count(out, m.getSubject());
    }
    return out;
  }

  private static void count(Map<String, Integer> out, String text) {
    Matcher m = ITEM.matcher(text);
    if (m.find()) out.merge(m.group(1), 1, Integer::sum);
  }

  private Process start(Path config, int i) throws Exception {
    return DaemonProcess.start(
        config, dir.resolve("data-" + i), Path.of("target/cluster-faults-" + i + ".log"));
  }

  private Path config(String bootstrap, String hookUrl, GreenMail smtp) throws Exception {
    StringBuilder list = new StringBuilder();
    for (FeedServer f : feeds)
      list.append("  - { url: ").append(f.url()).append(", interval: 1s }\n");
    Path config = dir.resolve("vigil.yml");
    Files.writeString(
        config,
        """
        fulltext: { mode: never }
        http: { port: -1 }
        kafka: { bootstrap.servers: "%s", partitions: 6 }
        feeds:
        %srules: [ { id: wagner, query: 'Wagner', channels: [ops, desk] } ]
        channels:
          - { id: ops, type: webhook, url: %s }
          - { id: desk, type: email, to: [analyst@example.org] }
        smtp: { host: 127.0.0.1, port: %d, from: vigil@example.org }
        """
            .formatted(bootstrap, list, hookUrl, smtp.getSmtp().getPort()));
    return config;
  }
}
