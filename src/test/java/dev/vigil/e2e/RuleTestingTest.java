package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.Daemon;
import dev.vigil.config.ConfigLoader;
import dev.vigil.testing.FeedServer;
import dev.vigil.testing.ScriptedServer;
import dev.vigil.testing.Stdout;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trying rules before trusting them: `vigil match`, POST /api/match and POST /api/backtest. */
class RuleTestingTest {
  private static final String CONFIG =
      """
      fulltext: { mode: never }
      http: { port: -1 }
      feeds: [ { url: %s, interval: 1s } ]
      entities: [ { id: wagner, name: Wagner Group, type: org, aliases: [PMC Wagner] } ]
      rules: [ { id: wagner, query: '@wagner' } ]
      """;

  @TempDir Path dir;

  @Test
  void matchCommandExplainsWhichRulesMatch() throws Exception {
    Path rules = dir.resolve("rules.yml");
    Files.writeString(rules, CONFIG.formatted("http://127.0.0.1:1/none.rss"));
    Path article = dir.resolve("a.json");
    Files.writeString(article, "{\"title\":\"Mali\",\"summary\":\"Fighters of PMC Wagner left.\"}");
    Stdout run = Stdout.of("match", "--rules", rules.toString(), article.toString());
    int rc = run.code();
    assertThat(rc).isZero();
    assertThat(run.text()).contains("\"ruleId\":\"wagner\"").contains("PMC Wagner");
  }

  @Test
  void apiMatchesAndBacktestsTheRetainedArticles() throws Exception {
    try (FeedServer feed = new FeedServer()) {
      feed.add(
          new FeedServer.Item(
              "1", "Wagner Group in Mali", "PMC Wagner fighters left Bamako.", Instant.now()));
      feed.add(new FeedServer.Item("2", "Weather", "Sunny.", Instant.now()));
      feed.add(
          new FeedServer.Item("3", "Opera", "Wagner's Ring at the opera house.", Instant.now()));
      var config =
          new ConfigLoader(k -> null).parse(CONFIG.formatted(feed.url()), Path.of("t.yml"));
      try (Daemon d = Daemon.start(config, dir, Map.of())) {
        String base =
            "http://127.0.0.1:" + d.context().getBean(EmbeddedServer.class).getPort() + "/api/";
        await().atMost(Duration.ofSeconds(30)).until(() -> feed.notModified() >= 1);
        String match =
            post(
                base + "match",
                """
            {"article": {"title": "x", "summary": "The Wagner Group moved."},
             "rules": [{"id": "r", "query": "@wagner AND moved"}]}""");
        assertThat(match).contains("\"ruleId\":\"r\"").contains("Wagner Group");
        try (ScriptedServer page = new ScriptedServer()) {
          page.respond(
              200,
              Map.of("Content-Type", "text/html; charset=utf-8"),
              Files.readAllBytes(Path.of("src/test/resources/fulltext/pages/sidebar-decoy.html")));
          String fromPage =
              post(
                  base + "match",
                  """
                  {"url": "%s",
                   "rules": [{"id": "p", "query": "Pantsir"}, {"id": "h", "query": "Hezbollah"}]}"""
                      .formatted(page.url("/world/air-defence")));
          assertThat(fromPage).contains("\"ruleId\":\"p\"").doesNotContain("\"ruleId\":\"h\"");
        }
        assertThat(post(base + "match", "{\"url\": \"ftp://x\"}")).contains("'url'");
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> post(base + "backtest", "{\"since\": \"1d\"}").contains("\"scanned\":3"));
        String report = post(base + "backtest", "{\"query\": \"Wagner\", \"since\": \"1d\"}");
        assertThat(report).contains("\"hits\":{\"query\":2}").contains("Wagner Group in Mali");
        assertThat(post(base + "backtest", "{\"query\": \"(Wagner\"}")).contains("column");
      }
    }
  }

  private static String post(String url, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
