package dev.vigil.cli;

import dev.vigil.Daemon;
import dev.vigil.config.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the daemon until it is stopped (SIGINT or SIGTERM). */
@Command(name = "run", description = "Run the daemon: poll feeds, match, alert.")
public class RunCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(
      names = "--data-dir",
      defaultValue = "data",
      description = "Runtime data: the embedded broker's log (default: ./data)")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    Daemon daemon;
    try {
      daemon = Daemon.start(options.load(), dataDir, Map.of());
    } catch (ConfigException e) {
      e.problems().forEach(System.err::println);
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  daemon.close();
                  stopped.countDown();
                },
                "vigil-shutdown"));
    stopped.await();
    return 0;
  }
}
