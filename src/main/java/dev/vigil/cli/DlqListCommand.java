package dev.vigil.cli;

import dev.vigil.alert.DeadLetters;
import dev.vigil.alert.PendingDelivery;
import dev.vigil.kafka.KafkaClients;
import io.micronaut.json.JsonMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints one line per dead letter, replayed or not. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the dead-letter topic, oldest first.")
public class DlqListCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;

  @Option(names = "--json", description = "Print a JSON array of the dead letters instead of lines")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return kafka.run(this::list);
  }

  private int list(KafkaClients clients) {
    PrintWriter out = spec.commandLine().getOut();
    try (KafkaProducer<String, byte[]> producer = clients.producer("vigil-cli")) {
      List<DeadLetters.Entry> entries =
          new DeadLetters(clients, producer, JsonMapper.createDefault()).list();
      if (json) {
        return JsonOutput.print(out, entries);
      }
      for (DeadLetters.Entry e : entries) {
        PendingDelivery p = e.delivery();
        out.printf(
            "%d  %s  %-13s  alert=%s channel=%s rule=%s attempts=%d  %s%n    %s%n",
            e.offset(),
            e.deadAt(),
            e.replayedAt() == null ? "pending" : "replayed " + e.replayedAt(),
            p.match().alertId(),
            p.channel(),
            p.match().ruleId(),
            p.attempt(),
            p.match().article().title(),
            p.lastError());
      }
      long pending = entries.stream().filter(e -> e.replayedAt() == null).count();
      out.printf("%d dead letters, %d not replayed%n", entries.size(), pending);
    }
    out.flush();
    return 0;
  }
}
