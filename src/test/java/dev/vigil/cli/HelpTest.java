package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.Vigil;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers -h with its usage, and --version with the version. */
class HelpTest {
  private static String run(String... args) {
    CommandLine cli = Vigil.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(args)).as(String.join(" ", args)).isZero();
    return out.toString();
  }

  private static void paths(CommandLine c, List<String> prefix, List<List<String>> out) {
    for (var e : c.getSubcommands().entrySet()) {
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      out.add(path);
      paths(e.getValue(), path, out);
    }
  }

  @Test
  void everyCommandHasHelpAndTheVersionIsShown() {
    assertThat(run("--version")).contains("Vigil 0.1.0");
    List<List<String>> commands = new ArrayList<>();
    paths(Vigil.commandLine(), List.of(), commands);
    assertThat(commands).hasSizeGreaterThanOrEqualTo(10);
    for (List<String> path : commands) {
      List<String> args = new ArrayList<>(path);
      args.add("-h");
      assertThat(run(args.toArray(String[]::new)))
          .as(String.join(" ", args))
          .contains("Usage: vigil " + String.join(" ", path));
    }
  }
}
