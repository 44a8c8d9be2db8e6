package dev.vigil;

import dev.vigil.cli.AlertsCommand;
import dev.vigil.cli.BacktestCommand;
import dev.vigil.cli.CheckConfigCommand;
import dev.vigil.cli.ExtractCommand;
import dev.vigil.cli.FeedsCommand;
import dev.vigil.cli.MatchCommand;
import dev.vigil.cli.ParseCommand;
import dev.vigil.cli.RunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code vigil run | check-config | parse | match | backtest | feeds | alerts}. */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    version = "Vigil 0.1.0",
    description = "Self-hosted news monitoring: feeds in, Kafka in the middle, alerts out.",
    subcommands = {
      RunCommand.class,
      CheckConfigCommand.class,
      ParseCommand.class,
      ExtractCommand.class,
      MatchCommand.class,
      BacktestCommand.class,
      FeedsCommand.class,
      AlertsCommand.class
    })
public final class Vigil {
  /** The command line, as {@code main} runs it (-h and --version on every subcommand). */
  public static CommandLine commandLine() {
    return new CommandLine(new Vigil());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
