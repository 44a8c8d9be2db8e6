package dev.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The shipped logback.xml, in a JVM of its own: dated, zoned text lines by default; one JSON object
 * a line with VIGIL_LOG_FORMAT=json.
 */
class LogFormatTest {
  /** What the child JVM runs: one log line with a key. */
  public static void main(String[] args) {
    LoggerFactory.getLogger("dev.vigil.Test")
        .atInfo()
        .addKeyValue("feed_url", "http://127.0.0.1/f")
        .log("polled");
  }

  private static String logWith(String format) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dlogback.configurationFile="
                    + Path.of("src", "main", "resources", "logback.xml").toAbsolutePath()));
    if (format != null) cmd.add("-DVIGIL_LOG_FORMAT=" + format);
    cmd.add(LogFormatTest.class.getName());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    return out;
  }

  @Test
  void textLinesCarryDateAndZoneAndJsonIsOneObjectALine() throws Exception {
    assertThat(logWith(null))
        .matches(
            "(?s)\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) INFO  Test"
                + " - polled feed_url=\"http://127.0.0.1/f\"\\R");
    String json = logWith("json").strip();
    assertThat(json)
        .startsWith("{")
        .endsWith("}")
        .contains("\"level\":\"INFO\"")
        .contains("\"message\":\"polled\"")
        .contains("feed_url")
        .doesNotContain("\n");
  }
}
