package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.vigil.Daemon;
import dev.vigil.alert.WebhookSigner;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.digest.DigestSchedule;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import dev.vigil.testing.FeedServer;
import dev.vigil.testing.LocalSmtp;
import dev.vigil.testing.MutableClock;
import dev.vigil.testing.WebhookReceiver;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests through the whole daemon and a real broker: matches wait instead of going out, a copy of
 * a story from another source is counted rather than sent, the webhook digest goes out at the hour,
 * and the email digest, still waiting across a restart, goes out at 08:00 Paris time, once.
 */
class DigestEndToEndTest {
  private static final String SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM=";
  private static final String WIRE =
      "Fighters of the Wagner Group withdrew from the northern town of Kidal on "
          + "Tuesday after three days of clashes with separatist rebels, officials in Bamako said. The mercenaries, "
          + "who had supported the Malian army since 2021, left behind armoured vehicles and a field hospital.";

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(Instant.now());

  /**
   * The clock runs at real speed, so the poller's schedule moves; jumps go through the same thread.
   */
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

  private FeedServer first;
  private FeedServer second;
  private WebhookReceiver hook;
  private GreenMail smtp;

  @BeforeEach
  void start() throws Exception {
    ticker.scheduleAtFixedRate(
        () -> clock.advance(Duration.ofMillis(100)), 100, 100, TimeUnit.MILLISECONDS);
    first = new FeedServer();
    second = new FeedServer();
    hook = new WebhookReceiver();
    smtp = LocalSmtp.open(ServerSetup.PROTOCOL_SMTP);
  }

  @AfterEach
  void stop() {
    ticker.shutdownNow();
    first.close();
    second.close();
    hook.close();
    smtp.stop();
  }

  private VigilConfig config() {
    String yaml =
        """
        fulltext: { mode: never }
        http: { port: -1 }
        feeds:
          - { url: %s, interval: 1s }
          - { url: %s, interval: 1s }
        rules: [ { id: wagner, query: 'Wagner', channels: [ops, desk] } ]
        channels:
          - { id: ops, type: webhook, url: %s, secret: '%s', digest: hourly }
          - { id: desk, type: email, to: [analyst@example.org], digest: 'daily 08:00 Europe/Paris' }
        smtp: { host: 127.0.0.1, port: %d, from: vigil@example.org }
        """
            .formatted(
                first.url(),
                second.url().replace("127.0.0.1", "localhost"),
                hook.url(),
                SECRET,
                smtp.getSmtp().getPort());
    return new ConfigLoader(k -> null).parse(yaml, Path.of("digest.yml"));
  }

  private void jumpTo(Instant t) throws Exception {
    ticker.submit(() -> clock.advance(Duration.between(clock.instant(), t))).get();
  }

  @Test
  void digestsWaitGroupCopiesAndSurviveARestart() throws Exception {
    Instant start = clock.instant();
    try (Daemon d = Daemon.start(config(), dir, Map.of(), clock)) {
      first.add(new FeedServer.Item("a1", "Wagner fighters leave Kidal", WIRE, start));
      await().atMost(Duration.ofSeconds(30)).until(() -> waiting(d).size() == 2);
      second.add(
          new FeedServer.Item(
              "b7",
              "Mali: Wagner mercenaries withdraw from Kidal",
              "BAMAKO (Reuters) - " + WIRE + " Read more on our site.",
              start));
      first.add(
          new FeedServer.Item(
              "a2",
              "Wagner Group recruits in Belarus",
              "A different story entirely, " + "about recruitment offices opening near Minsk.",
              start));
      await().atMost(Duration.ofSeconds(30)).until(() -> waiting(d).size() == 4 && records(d) == 6);
      assertThat(hook.received()).as("a digest channel sends nothing at once").isEmpty();
      assertThat(smtp.getReceivedMessages()).isEmpty();

      jumpTo(DigestSchedule.parse("hourly").next(clock.instant()).plusSeconds(1));
      await().atMost(Duration.ofSeconds(30)).until(() -> hook.received().size() == 1);
      WebhookReceiver.Received r = hook.received().get(0);
      assertThat(r.body())
          .contains("\"type\":\"vigil.digest\"")
          .contains("\"size\":2")
          .contains("Wagner fighters leave Kidal")
          .contains("Wagner Group recruits in Belarus")
          .contains("\"alsoReportedBy\":1")
          .doesNotContain("withdraw from Kidal");
      assertThat(r.headers().get("webhook-signature"))
          .isEqualTo(
              new WebhookSigner(SECRET)
                  .sign(
                      r.headers().get("webhook-id"),
                      Long.parseLong(r.headers().get("webhook-timestamp")),
                      r.body()));
      await().atMost(Duration.ofSeconds(30)).until(() -> waiting(d).size() == 2);
    }

    try (Daemon d = Daemon.start(config(), dir, Map.of(), clock)) {
      assertThat(waiting(d))
          .as("the email digest still waits after the restart")
          .hasSize(2)
          .allSatisfy(k -> assertThat(k).startsWith("desk/"));
      jumpTo(DigestSchedule.parse("daily 08:00 Europe/Paris").next(start).plusSeconds(1));
      await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 1);
      var mail = smtp.getReceivedMessages()[0];
      assertThat(mail.getSubject()).isEqualTo("[Vigil] Digest: 2 alerts: wagner (2)");
      assertThat(mail.getHeader("Message-ID", null)).startsWith("<digest-");
      String text =
          ((jakarta.mail.internet.MimeMultipart) mail.getContent())
              .getBodyPart(0)
              .getContent()
              .toString();
      assertThat(text)
          .contains("Wagner fighters leave Kidal")
          .contains("Also reported by 1 other sources")
          .contains("Wagner Group recruits in Belarus");
      await().atMost(Duration.ofSeconds(30)).until(() -> waiting(d).isEmpty());
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .until(() -> smtp.getReceivedMessages().length == 1 && hook.received().size() == 1);
    }
  }

  /** The keys waiting in the digest topic, as a reader of the whole topic sees them. */
  private static List<String> waiting(Daemon d) {
    Map<String, Boolean> live = new HashMap<>();
    read(d).forEach(r -> live.put(r.key(), r.value() != null));
    return live.entrySet().stream()
        .filter(Map.Entry::getValue)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  private static long records(Daemon d) {
    return read(d).stream().filter(r -> r.value() != null).count();
  }

  private static List<ConsumerRecord<String, byte[]>> read(Daemon d) {
    KafkaClients clients = d.context().getBean(KafkaClients.class);
    try (KafkaConsumer<String, byte[]> c = clients.consumer(null, "digest-test")) {
      TopicPartition tp = new TopicPartition(Topics.DIGESTS, 0);
      c.assign(List.of(tp));
      c.seekToBeginning(List.of(tp));
      long end = c.endOffsets(List.of(tp)).get(tp);
      List<ConsumerRecord<String, byte[]>> out = new java.util.ArrayList<>();
      while (c.position(tp) < end) {
        c.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      return out;
    }
  }
}
