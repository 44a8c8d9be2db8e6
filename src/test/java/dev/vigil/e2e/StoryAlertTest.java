package dev.vigil.e2e;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One alert per story: a syndicated copy in another feed does not alert again, until enough sources
 * carry it.
 */
class StoryAlertTest {
  private static final String WIRE =
      "Fighters of the Wagner Group withdrew from the northern town of Kidal on "
          + "Tuesday after three days of clashes with separatist rebels, officials in Bamako said. The mercenaries, "
          + "who had supported the Malian army since 2021, left behind armoured vehicles and a field hospital, "
          + "according to residents reached by telephone. The army said it would send reinforcements by road.";

  @TempDir Path dir;

  @Test
  void syndicatedCopiesAlertOnceAndEscalateAtTwoSources() throws Exception {
    try (FeedServer first = new FeedServer();
        FeedServer second = new FeedServer();
        WebhookReceiver hook = new WebhookReceiver()) {
      String yaml =
          """
          fulltext: { mode: never }
          http: { port: -1 }
          feeds:
            - { url: %s, interval: 1s }
            - { url: %s, interval: 1s }
          rules: [ { id: wagner, query: 'Wagner', channels: [ops] } ]
          channels: [ { id: ops, type: webhook, url: %s } ]
          alerts: { escalate-at-sources: 2 }
          """
              .formatted(first.url(), second.url().replace("127.0.0.1", "localhost"), hook.url());
      try (Daemon d =
          Daemon.start(new ConfigLoader(k -> null).parse(yaml, Path.of("s.yml")), dir, Map.of())) {
        first.add(new FeedServer.Item("a1", "Wagner fighters leave Kidal", WIRE, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> hook.received().size() == 1);
        assertThat(hook.received().get(0).body())
            .contains("\"story\":{\"id\":")
            .contains("\"snippet\":");

        second.add(
            new FeedServer.Item(
                "b7",
                "Mali: Wagner mercenaries withdraw from Kidal",
                "BAMAKO (Reuters) - "
                    + WIRE.replace("Tuesday", "Tuesday evening")
                    + " Read more on our site.",
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> hook.received().size() == 2);
        await()
            .during(Duration.ofSeconds(3))
            .atMost(Duration.ofSeconds(5))
            .until(() -> hook.received().size() == 2);
        String escalation = hook.received().get(1).body();
        assertThat(escalation).contains("\"escalation\":true").contains("\"sources\":2");
        assertThat(hook.received().get(1).headers().get("webhook-id"))
            .isNotEqualTo(hook.received().get(0).headers().get("webhook-id"));
      }
    }
  }
}
