package dev.vigil.cli;

import dev.vigil.config.ConfigException;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.OpmlWriter;
import dev.vigil.config.VigilConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the configured feeds as OPML 2.0, tags as nested outlines, to stdout or a file. */
@Command(
    name = "export-opml",
    description = "Write the configured feeds as OPML 2.0 (tags become nested outlines).")
public class ExportOpmlCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(
      names = {"-o", "--output"},
      description = "Write to this file instead of standard output")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    VigilConfig c;
    try {
      c = ConfigLoader.load(options.file());
    } catch (ConfigException e) {
      e.problems().forEach(spec.commandLine().getErr()::println);
      return 1;
    }
    String opml =
        OpmlWriter.write(
            c.feeds(), "Vigil feeds from " + c.source().getFileName(), ZonedDateTime.now());
    if (output == null) {
      spec.commandLine().getOut().print(opml);
      spec.commandLine().getOut().flush();
    } else {
      Files.writeString(output, opml, StandardCharsets.UTF_8);
    }
    return 0;
  }
}
