package dev.vigil.cli;

import dev.vigil.config.ConfigException;
import dev.vigil.config.VigilConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Validates a configuration file, queries included, and exits non-zero when anything is wrong. */
@Command(name = "check-config", description = "Validate the configuration and every query in it.")
public class CheckConfigCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    try {
      VigilConfig c = options.load();
      ConfigOptions.checkRules(c);
      System.out.printf(
          "%s: OK (%d feeds, %d entities, %d rules, %d channels)%n",
          c.source(), c.feeds().size(), c.entities().size(), c.rules().size(), c.channels().size());
      return 0;
    } catch (ConfigException e) {
      e.problems().forEach(System.err::println);
      return 1;
    }
  }
}
