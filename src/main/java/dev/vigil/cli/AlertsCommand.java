package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil alerts}: the alert stage's state, read from Kafka while the daemon runs. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = "Inspect deliveries and dead letters.",
    subcommands = {DlqCommand.class, RecentCommand.class})
public class AlertsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
