package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.Vigil;
import dev.vigil.testing.ScriptedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil match --rules FILE URL}: rules tried on an article page, fetched and extracted. */
class MatchUrlTest {
  @TempDir Path dir;

  @Test
  void rulesAreTriedOnTheArticleOfAPage() throws Exception {
    Path rules = dir.resolve("rules.yml");
    Files.writeString(
        rules,
        """
        rules:
          - { id: pantsir, query: 'Pantsir NEAR/5 battery' }
          - { id: decoy, query: 'Hezbollah' }
        """);
    try (ScriptedServer server = new ScriptedServer()) {
      server.respond(
          200,
          Map.of("Content-Type", "text/html; charset=utf-8"),
          Files.readAllBytes(Path.of("src/test/resources/fulltext/pages/sidebar-decoy.html")));
      PrintStream before = System.out;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code;
      try {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        code =
            Vigil.commandLine()
                .execute("match", "--rules", rules.toString(), server.url("/world/air-defence"));
      } finally {
        System.setOut(before);
      }
      String printed = out.toString(StandardCharsets.UTF_8);
      assertThat(code).isZero();
      assertThat(printed).contains("\"ruleId\":\"pantsir\"").doesNotContain("decoy");
    }
  }
}
