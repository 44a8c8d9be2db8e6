package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil alerts dlq}: the deliveries that ran out of attempts or time. */
@Command(
    name = "dlq",
    mixinStandardHelpOptions = true,
    description = "List or replay dead-lettered deliveries.",
    subcommands = {DlqListCommand.class, DlqReplayCommand.class})
public class DlqCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
