package dev.vigil.cli;

import dev.vigil.alert.DeadLetters;
import dev.vigil.alert.KafkaAlertOutbox;
import dev.vigil.kafka.KafkaClients;
import io.micronaut.json.JsonMapper;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Sends the dead letters not replayed before back to the retry topic, where the daemon picks them
 * up.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = "Retry every dead letter not replayed before (a fresh series of attempts).")
public class DlqReplayCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return kafka.run(this::replay);
  }

  private int replay(KafkaClients clients) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    JsonMapper json = JsonMapper.createDefault();
    try (KafkaProducer<String, byte[]> producer = clients.producer("vigil-cli")) {
      List<DeadLetters.Entry> done =
          new DeadLetters(clients, producer, json)
              .replay(Instant.now(), new KafkaAlertOutbox(producer, json));
      for (DeadLetters.Entry e : done) {
        out.printf(
            "replayed %d  alert=%s channel=%s rule=%s%n",
            e.offset(),
            e.delivery().match().alertId(),
            e.delivery().channel(),
            e.delivery().match().ruleId());
      }
      out.println(
          done.isEmpty()
              ? "nothing to replay"
              : done.size() + " dead letters sent to the retry topic");
    }
    out.flush();
    return 0;
  }
}
