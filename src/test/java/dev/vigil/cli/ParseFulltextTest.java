package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testing.ScriptedServer;
import dev.vigil.testing.Stdout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code vigil parse --fulltext FEED}: a feed with each entry's page fetched and extracted. */
class ParseFulltextTest {
  @Test
  void showsEachEntrysArticle() throws Exception {
    try (ScriptedServer site = new ScriptedServer()) {
      site.respondAt(
          "/feed.xml",
          200,
          Map.of("Content-Type", "application/rss+xml"),
          ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>C</title>"
                  + "<link>http://127.0.0.1/</link><description>d</description><item>"
                  + "<guid>a1</guid><title>Air defence unit seen</title><link>"
                  + site.url("/world/air-defence")
                  + "</link><description>A convoy moved east. Read more</description></item>"
                  + "</channel></rss>")
              .getBytes(StandardCharsets.UTF_8));
      site.respondAt(
          "/world/air-defence",
          200,
          Map.of("Content-Type", "text/html; charset=utf-8"),
          Files.readAllBytes(Path.of("src/test/resources/fulltext/pages/sidebar-decoy.html")));
      Stdout run = Stdout.of("parse", "--fulltext", site.url("/feed.xml"));
      String printed = run.text();
      int code = run.code();
      assertThat(code).isZero();
      assertThat(printed)
          .contains("\"status\":\"fetched\"")
          .contains("Pantsir-S1 battery")
          .contains("\"byline\":\"Maria Lopez\"")
          .doesNotContain("Hezbollah");
    }
  }
}
