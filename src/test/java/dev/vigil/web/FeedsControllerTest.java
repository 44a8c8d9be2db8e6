package dev.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.Vigil;
import dev.vigil.feed.FeedStatusSamples;
import dev.vigil.feed.FeedStatuses;
import dev.vigil.testing.MutableClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** GET /api/feeds and /api/feeds/health over real HTTP on 127.0.0.1, on the four sample feeds. */
class FeedsControllerTest {
  private static final Map<String, Object> SERVER =
      Map.of(
          "micronaut.server.port",
          -1,
          "micronaut.server.host",
          "127.0.0.1",
          "kafka.health.enabled",
          false);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.createDefault();
  private static EmbeddedServer server;

  private record Reply(int status, String body) {}

  @BeforeAll
  static void start() {
    server = ApplicationContext.run(EmbeddedServer.class, SERVER);
    server
        .getApplicationContext()
        .registerSingleton(
            FeedStatuses.class,
            FeedStatusSamples.statuses(new MutableClock(FeedStatusSamples.NOW)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Reply get(EmbeddedServer on, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.getPort() + path))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body());
  }

  private static List<Map<String, Object>> feeds(String body) throws Exception {
    return JSON.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
  }

  @Test
  void listsEveryFeedWithItsState() throws Exception {
    Reply r = get(server, "/api/feeds");

    assertThat(r.status()).isEqualTo(200);
    List<Map<String, Object>> feeds = feeds(r.body());
    assertThat(feeds)
        .extracting(f -> f.get("state"))
        .containsExactly("ok", "erroring", "disabled", "ok");
    assertThat(feeds.get(0))
        .containsEntry("url", FeedStatusSamples.OK)
        .containsEntry("title", "World")
        .containsEntry("tags", List.of("news", "world"))
        .containsEntry("intervalSeconds", 900)
        .containsEntry("entriesRemembered", 3)
        .containsEntry("lastSuccess", "2026-11-24T12:00:00Z")
        .containsKey("nextPoll");
    assertThat(feeds.get(2))
        .containsEntry("disabledReason", "HTTP 410 Gone")
        .doesNotContainKey("nextPoll");
  }

  @Test
  void filtersByState() throws Exception {
    List<Map<String, Object>> erroring = feeds(get(server, "/api/feeds?state=erroring").body());

    assertThat(erroring).hasSize(1);
    assertThat(erroring.get(0))
        .containsEntry("url", FeedStatusSamples.ERRORING)
        .containsEntry("lastError", "timed out after 30s")
        .containsEntry("errors", 2)
        .containsEntry("nextPoll", "2026-11-24T12:10:00Z");
  }

  @Test
  void anUnknownStateIsABadRequest() throws Exception {
    Reply r = get(server, "/api/feeds?state=broken");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("state must be one of ok, erroring, disabled");
  }

  @Test
  void healthCountsAndListsTheProblems() throws Exception {
    Reply r = get(server, "/api/feeds/health");

    assertThat(r.status()).isEqualTo(200);
    Map<String, Object> health =
        JSON.readValue(r.body(), Argument.mapOf(String.class, Object.class));
    assertThat(health)
        .containsEntry("feeds", 4)
        .containsEntry("ok", 2)
        .containsEntry("erroring", 1)
        .containsEntry("disabled", 1)
        .containsEntry("neverPolled", 1);
    assertThat((List<?>) health.get("problems")).hasSize(2);
  }

  @Test
  void feedsStatusCommandPrintsALinePerFeedAndFailsWhenOneIsNotOk() {
    String api = "http://127.0.0.1:" + server.getPort();
    StringWriter out = new StringWriter();
    int rc =
        new CommandLine(new Vigil())
            .setOut(new PrintWriter(out))
            .execute("feeds", "status", "--api", api);

    assertThat(rc).isEqualTo(1);
    assertThat(out.toString().lines())
        .hasSize(4)
        .contains(
            "erroring\t2\t"
                + FeedStatusSamples.ERRORING
                + "\t2026-11-24T12:10:00Z\ttimed out after 30s",
            "disabled\t0\t" + FeedStatusSamples.DISABLED + "\t-\tHTTP 410 Gone");
    assertThat(
            new CommandLine(new Vigil())
                .setOut(new PrintWriter(new StringWriter()))
                .execute("feeds", "status", "--api", api, "--state", "ok"))
        .isZero();
    StringWriter json = new StringWriter();
    assertThat(
            new CommandLine(new Vigil())
                .setOut(new PrintWriter(json))
                .execute("feeds", "status", "--api", api, "--json"))
        .isEqualTo(1);
    assertThat(json.toString().strip())
        .startsWith("[{")
        .endsWith("}]")
        .contains("\"state\":\"erroring\"")
        .contains("\"disabledReason\":\"HTTP 410 Gone\"");
    assertThat(
            new CommandLine(new Vigil())
                .setErr(new PrintWriter(new StringWriter()))
                .execute("feeds", "status", "--api", "http://127.0.0.1:1"))
        .isEqualTo(2);
  }

  @Test
  void withoutAPollerTheApiSaysSo() throws Exception {
    try (EmbeddedServer bare = ApplicationContext.run(EmbeddedServer.class, SERVER)) {
      Reply r = get(bare, "/api/feeds");

      assertThat(r.status()).isEqualTo(503);
      assertThat(r.body()).contains("the feed poller is not running");
    }
  }
}
