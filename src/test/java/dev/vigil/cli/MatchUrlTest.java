package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testing.ScriptedServer;
import dev.vigil.testing.Stdout;
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
      Stdout run =
          Stdout.of("match", "--rules", rules.toString(), server.url("/world/air-defence"));
      String printed = run.text();
      int code = run.code();
      assertThat(code).isZero();
      assertThat(printed).contains("\"ruleId\":\"pantsir\"").doesNotContain("decoy");
    }
  }
}
