package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.vigil.Daemon;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.testing.FeedServer;
import dev.vigil.testing.LocalCluster;
import dev.vigil.testing.LocalSmtp;
import dev.vigil.testing.WebhookReceiver;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances on a three-broker cluster, five outlets carrying the same stories with their own
 * small edits: each copy is matched on whichever instance holds its partition, and still each story
 * alerts once per rule and channel, and escalates once when its third source carries it. Halfway, a
 * broker dies; the second wave alerts the same way, nothing lost or doubled.
 */
class ClusterStoryTest {
  /** Five spellings of 127.0.0.1: five source hosts for the stories, one address. */
  private static final String[] HOSTS = {
    "127.0.0.1", "localhost", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:7f00:1]"
  };

  private static final int STORIES = 12;
  private static final Pattern HOOK_RULE = Pattern.compile("\"rule\":\\{\"id\":\"([^\"]+)\"");
  private static final Pattern MAIL_RULE = Pattern.compile("(?m)^Rule: (\\S+)");
  private static final Pattern STORY = Pattern.compile("http://127\\.0\\.0\\.1/news/o\\d-s(\\d+)");

  @TempDir Path dir;

  private final FeedServer[] outlets = new FeedServer[HOSTS.length];

  @Test
  void everyStoryAlertsOncePerRuleAndEscalatesOnceWhereverItsCopiesAreMatched() throws Exception {
    for (int o = 0; o < outlets.length; o++) outlets[o] = new FeedServer();
    GreenMail smtp = LocalSmtp.open(ServerSetup.PROTOCOL_SMTP);
    try (LocalCluster cluster = LocalCluster.start(dir.resolve("cluster"), 3);
        WebhookReceiver hook = new WebhookReceiver()) {
      VigilConfig config = config(cluster.bootstrapServers(), hook.url(), smtp);
      try (Daemon a = Daemon.start(config, dir.resolve("a"), Map.of());
          Daemon b = Daemon.start(config, dir.resolve("b"), Map.of());
          Daemon c = Daemon.start(config, dir.resolve("c"), Map.of())) {
        publish(0, STORIES / 2);
        awaitOncePerStory(hook, smtp, STORIES / 2);
        publish(STORIES / 2, STORIES);
        cluster.kill(1); // while the second wave is polled, matched and delivered
        awaitOncePerStory(hook, smtp, STORIES);
      }
    } finally {
      smtp.stop();
      for (FeedServer f : outlets) f.close();
    }
  }

  /** Stories [from, to) at every outlet at once, each outlet with its own edits. */
  private void publish(int from, int to) {
    for (int i = from; i < to; i++) {
      StoryFarmTest.Wire s = StoryFarmTest.Wire.of(i);
      for (int o = 0; o < outlets.length; o++) outlets[o].add(s.item(o % 4));
    }
  }

  /**
   * Stories 0 to n-1 each alerted once per rule and channel, plus one escalation; first until all
   * are there, then for a while, so that a late duplicate would show.
   */
  private void awaitOncePerStory(WebhookReceiver hook, GreenMail smtp, int n) {
    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(() -> assertThat(missing(hook, smtp, n)).isEmpty());
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(8))
        .untilAsserted(
            () -> {
              assertThat(missing(hook, smtp, n)).isEmpty();
              Map<String, Integer> repeated = new TreeMap<>(counts(hook, smtp));
              repeated.values().removeIf(c -> c == 1);
              assertThat(repeated).as("alerts received more than once").isEmpty();
            });
  }

  /** What should have alerted and has not, as "channel rule story kind". */
  private static List<String> missing(WebhookReceiver hook, GreenMail smtp, int n)
      throws Exception {
    Map<String, Integer> got = counts(hook, smtp);
    List<String> out = new ArrayList<>();
    for (String channel : List.of("webhook", "email")) {
      for (int s = 0; s < n; s++) {
        StoryFarmTest.Wire w = StoryFarmTest.Wire.of(s);
        List<String> rules = new ArrayList<>(List.of("all"));
        if (w.place().equals("Kharkiv") || w.place().equals("Sumy")) rules.add("north");
        for (String rule : rules) {
          for (String kind : List.of("first", "escalation")) {
            String key = channel + " " + rule + " " + s + " " + kind;
            if (!got.containsKey(key)) out.add(key);
          }
        }
      }
    }
    return out;
  }

  /** Alerts received, by "channel rule story kind". */
  private static Map<String, Integer> counts(WebhookReceiver hook, GreenMail smtp)
      throws Exception {
    Map<String, Integer> out = new TreeMap<>();
    for (WebhookReceiver.Received r : hook.received()) {
      String kind = r.body().contains("\"escalation\":true") ? "escalation" : "first";
      out.merge("webhook " + key(r.body(), HOOK_RULE) + " " + kind, 1, Integer::sum);
    }
    for (MimeMessage m : smtp.getReceivedMessages()) {
      String body = (String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
      String kind = body.contains("Now carried by") ? "escalation" : "first";
      out.merge("email " + key(body, MAIL_RULE) + " " + kind, 1, Integer::sum);
    }
    return out;
  }

  private static String key(String alert, Pattern rule) {
    Matcher r = rule.matcher(alert);
    Matcher s = STORY.matcher(alert);
    assertThat(r.find() && s.find()).as("rule and story in %s", alert).isTrue();
    return r.group(1) + " " + s.group(1);
  }

  private VigilConfig config(String bootstrap, String hookUrl, GreenMail smtp) {
    StringBuilder feeds = new StringBuilder();
    for (int o = 0; o < outlets.length; o++) {
      String url = outlets[o].url().replace("127.0.0.1", HOSTS[o]);
      feeds.append("  - { url: \"").append(url).append("\", interval: 1s }\n");
    }
    String yaml =
        """
        fulltext: { mode: never }
        http: { port: -1 }
        kafka: { bootstrap.servers: "%s", partitions: 6 }
        poller: { host-min-delay: 1ms }
        feeds:
        %srules:
          - { id: all, query: shelter, channels: [ops, desk] }
          - { id: north, query: 'Kharkiv OR Sumy', channels: [ops, desk] }
        alerts: { escalate-at-sources: 3 }
        channels:
          - { id: ops, type: webhook, url: %s }
          - { id: desk, type: email, to: [analyst@example.org] }
        smtp: { host: 127.0.0.1, port: %d, from: vigil@example.org }
        """
            .formatted(bootstrap, feeds, hookUrl, smtp.getSmtp().getPort());
    return new ConfigLoader(k -> null).parse(yaml, Path.of("cluster.yml"));
  }
}
