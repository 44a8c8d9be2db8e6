package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.Vigil;
import dev.vigil.article.Match;
import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import dev.vigil.testing.LocalKafka;
import io.micronaut.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vigil alerts dlq list|replay} and {@code vigil alerts recent} against a real local broker.
 */
class AlertsCommandTest {
  @TempDir static Path dir;

  static LocalKafka kafka;
  static KafkaClients clients;
  final JsonMapper json = JsonMapper.createDefault();

  @BeforeAll
  static void broker() throws Exception {
    kafka = LocalKafka.start(dir, 1);
    clients = kafka.clients();
  }

  @AfterAll
  static void stop() {
    kafka.close();
  }

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Vigil()).setOut(new PrintWriter(out));
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--bootstrap";
    all[args.length + 1] = kafka.bootstrapServers();
    assertThat(cli.execute(all)).isZero();
    return out.toString();
  }

  @Test
  void listsReplaysOnceAndShowsRecentStates() throws Exception {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    Match dead1 = AlertSamples.match("d1", List.of("ops"), t);
    Match dead2 = AlertSamples.match("d2", List.of("ops"), t);
    Match ok = AlertSamples.match("ok", List.of("ops"), t);
    try (KafkaProducer<String, byte[]> producer = clients.producer("test")) {
      KafkaAlertOutbox outbox = new KafkaAlertOutbox(producer, json);
      for (Match m : List.of(dead1, dead2)) {
        outbox.deadLetter(new PendingDelivery(m, "ops", 10, null, "webhook answered HTTP 500", t));
        outbox.record(
            DeliveryEvent.of(
                m, "ops", DeliveryEvent.DEAD_LETTERED, 10, t.plusSeconds(5), null, "HTTP 500"));
      }
      outbox.record(
          DeliveryEvent.of(
              ok, "ops", DeliveryEvent.RETRYING, 1, t.plusSeconds(6), t.plusSeconds(11), "x"));
      outbox.record(
          DeliveryEvent.of(ok, "ops", DeliveryEvent.DELIVERED, 2, t.plusSeconds(11), null, null));
      producer.flush();
    }

    String list = run("alerts", "dlq", "list");
    assertThat(list)
        .contains("alert=" + dead1.alertId())
        .contains("alert=" + dead2.alertId())
        .contains("attempts=10")
        .contains("webhook answered HTTP 500")
        .contains("2 dead letters, 2 not replayed");

    String replay = run("alerts", "dlq", "replay");
    assertThat(replay).contains("2 dead letters sent to the retry topic");
    List<PendingDelivery> retried =
        TopicScan.all(clients, Topics.RETRY).stream()
            .map(
                r ->
                    new JsonSerde<>(json, PendingDelivery.class)
                        .deserialize(Topics.RETRY, r.value()))
            .toList();
    assertThat(retried)
        .extracting(p -> p.match().alertId())
        .containsExactly(dead1.alertId(), dead2.alertId());
    assertThat(retried)
        .allSatisfy(
            p -> {
              assertThat(p.attempt()).as("the next attempt is attempt 1").isZero();
              assertThat(p.notBefore()).isNull();
              assertThat(p.since()).as("the maximum age counts from the replay").isAfter(t);
            });

    assertThat(run("alerts", "dlq", "replay")).contains("nothing to replay");
    assertThat(TopicScan.all(clients, Topics.RETRY))
        .as("a second replay resends nothing")
        .hasSize(2);
    assertThat(run("alerts", "dlq", "list"))
        .contains("replayed 20")
        .contains("2 dead letters, 0 not replayed");

    String recent = run("alerts", "recent", "-n", "10");
    assertThat(recent.lines().filter(l -> !l.startsWith(" ")).toList()).hasSize(3);
    assertThat(recent)
        .contains("delivered")
        .contains("replayed")
        .doesNotContain("retrying")
        .doesNotContain("dead-lettered");
    assertThat(run("alerts", "recent", "-n", "1").lines().findFirst().orElseThrow())
        .contains("replayed");

    List<DeliveryEvent> recentJson =
        json.readValue(
            run("alerts", "recent", "--json"),
            io.micronaut.core.type.Argument.listOf(DeliveryEvent.class));
    assertThat(recentJson).hasSize(3);
    assertThat(recentJson.get(0).state()).isEqualTo(DeliveryEvent.REPLAYED);
    List<DeadLetters.Entry> listJson =
        json.readValue(
            run("alerts", "dlq", "list", "--json"),
            io.micronaut.core.type.Argument.listOf(DeadLetters.Entry.class));
    assertThat(listJson)
        .extracting(e -> e.delivery().match().alertId())
        .containsExactly(dead1.alertId(), dead2.alertId());
    assertThat(listJson).allSatisfy(e -> assertThat(e.replayedAt()).isNotNull());
  }

  @Test
  void withoutBootstrapOrFixedPortItSaysWhatToDo() throws Exception {
    Path random =
        Files.writeString(dir.resolve("random-port.yml"), "kafka: { embedded-port: 0 }\n");
    assertThat(fails("alerts", "recent", "--config", random.toString()))
        .contains("random-port.yml runs an embedded broker on a random port: pass --bootstrap");
    assertThat(fails("alerts", "dlq", "list", "--config", dir.resolve("missing.yml").toString()))
        .contains("missing.yml: cannot read");
  }

  private static String fails(String... args) {
    StringWriter err = new StringWriter();
    assertThat(new CommandLine(new Vigil()).setErr(new PrintWriter(err)).execute(args))
        .isEqualTo(2);
    return err.toString();
  }
}
