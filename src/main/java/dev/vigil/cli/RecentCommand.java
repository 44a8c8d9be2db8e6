package dev.vigil.cli;

import dev.vigil.alert.AlertLog;
import dev.vigil.alert.DeliveryEvent;
import dev.vigil.kafka.KafkaClients;
import io.micronaut.json.JsonMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The last deliveries and where each stands: delivered, retrying, dead-lettered, replayed or
 * deferred to a digest.
 */
@Command(
    name = "recent",
    mixinStandardHelpOptions = true,
    description = "Show the most recent deliveries and their state, newest first.")
public class RecentCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;

  @Option(
      names = {"-n", "--limit"},
      defaultValue = "20",
      description = "How many deliveries (default: 20)")
  int limit;

  @Option(names = "--json", description = "Print a JSON array of the deliveries instead of lines")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return kafka.run(this::recent);
  }

  private int recent(KafkaClients clients) {
    PrintWriter out = spec.commandLine().getOut();
    List<DeliveryEvent> events = AlertLog.recent(clients, JsonMapper.createDefault(), limit);
    if (json) {
      return JsonOutput.print(out, events);
    }
    for (DeliveryEvent e : events) {
      String detail =
          switch (e.state()) {
            case DeliveryEvent.RETRYING -> "next " + e.nextAttempt() + ": " + e.error();
            case DeliveryEvent.DEFERRED -> "in the digest due " + e.nextAttempt() + ": " + e.link();
            case DeliveryEvent.DEAD_LETTERED, DeliveryEvent.REPLAYED -> e.error();
            default -> e.link();
          };
      out.printf(
          "%s  %-13s  %-10s  %-16s  attempt %d  %s%n    %s%n",
          e.at(),
          e.state(),
          e.channel(),
          e.ruleId(),
          e.attempt(),
          e.title(),
          detail == null ? "" : detail);
    }
    out.flush();
    return 0;
  }
}
