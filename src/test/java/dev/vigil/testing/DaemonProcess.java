package dev.vigil.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The daemon in a child JVM on the test classpath, so that a test can kill it with SIGKILL ({@link
 * Process#destroyForcibly()}): no shutdown hook runs, no consumer leaves its group.
 */
public final class DaemonProcess {
  private DaemonProcess() {}

  /** {@code vigil run --config config --data-dir dataDir}, its output appended to {@code log}. */
  public static Process start(Path config, Path dataDir, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                java,
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.vigil.Vigil",
                "run",
                "--config",
                config.toString(),
                "--data-dir",
                dataDir.toString()));
    pb.environment().putAll(Map.of("VIGIL_CONFIG", config.toString()));
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return pb.start();
  }
}
