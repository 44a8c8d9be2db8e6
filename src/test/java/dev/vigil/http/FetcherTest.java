package dev.vigil.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.config.ConfigLoader;
import dev.vigil.config.PollerSettings;
import dev.vigil.testing.ScriptedServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirects and other HTTP behaviour of one fetch, against a real server on 127.0.0.1. */
public class FetcherTest {
  private static final byte[] BODY =
      "<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes();
  private ScriptedServer server;
  private Fetcher fetcher;

  /** Short timeouts and a 64 KiB body cap, for tests. */
  public static PollerSettings settings() {
    PollerSettings s = ConfigLoader.defaults().poller();
    return new PollerSettings(
        s.defaultInterval(),
        s.defaultBackfill(),
        2,
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        64 * 1024,
        "Vigil-test");
  }

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    fetcher = new Fetcher(settings());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void redirect(String from, int status, String to) {
    server.respondAt(from, status, Map.of("Location", to), new byte[0]);
  }

  @Test
  void followsRedirectsAndResolvesRelativeLocations() {
    redirect("/a", 302, "/b");
    redirect("/b", 307, "c");
    server.respondAt("/c", 200, Map.of("Content-Type", "application/rss+xml"), BODY);
    FetchOutcome o = fetcher.fetch(server.url("/a"), null, null);
    assertThat(o).isInstanceOf(FetchOutcome.Fetched.class);
    FetchOutcome.Fetched f = (FetchOutcome.Fetched) o;
    assertThat(f.body()).isEqualTo(BODY);
    assertThat(f.finalUrl()).isEqualTo(server.url("/c"));
    assertThat(f.movedTo()).as("temporary redirects do not move the feed").isNull();
    assertThat(server.paths()).containsExactly("/a", "/b", "/c");
  }

  @Test
  void aPermanentRedirectChainIsReportedUpToTheFirstTemporaryHop() {
    redirect("/old", 301, server.url("/newer"));
    redirect("/newer", 308, "/newest");
    redirect("/newest", 302, "/today");
    server.respondAt("/today", 200, Map.of(), BODY);
    FetchOutcome.Fetched f = (FetchOutcome.Fetched) fetcher.fetch(server.url("/old"), null, null);
    assertThat(f.movedTo()).isEqualTo(server.url("/newest"));
    assertThat(f.finalUrl()).isEqualTo(server.url("/today"));
  }

  @Test
  void aPermanentRedirectToA304IsReportedToo() {
    redirect("/old", 301, "/new");
    server.respondAt("/new", 304, Map.of(), new byte[0]);
    assertThat(fetcher.fetch(server.url("/old"), "\"v1\"", null))
        .isEqualTo(new FetchOutcome.NotModified(server.url("/new")));
    assertThat(server.requests().get(1).get("if-none-match")).isEqualTo("\"v1\"");
  }

  @Test
  void stopsAfterFiveRedirects() {
    for (int i = 0; i < 10; i++) {
      redirect("/r" + i, 302, "/r" + (i + 1));
    }
    FetchOutcome o = fetcher.fetch(server.url("/r0"), null, null);
    assertThat(o).isEqualTo(new FetchOutcome.TooManyRedirects(5, server.url("/r5")));
    assertThat(server.paths()).hasSize(6);
    assertThat(FetchOutcome.describe(o))
        .isEqualTo("more than 5 redirects, the last to " + server.url("/r5"));

    redirect("/loop", 301, "/loop");
    assertThat(fetcher.fetch(server.url("/loop"), null, null))
        .isInstanceOf(FetchOutcome.TooManyRedirects.class);
  }

  @Test
  void refusesRedirectsWithoutLocationOrToOtherSchemes() {
    server.respondAt("/none", 302, Map.of(), new byte[0]);
    assertThat(fetcher.fetch(server.url("/none"), null, null))
        .isEqualTo(new FetchOutcome.BadRedirect(server.url("/none"), null, "no Location header"));
    redirect("/file", 301, "file:///etc/passwd");
    FetchOutcome o = fetcher.fetch(server.url("/file"), null, null);
    assertThat(FetchOutcome.describe(o))
        .isEqualTo(
            "bad redirect from "
                + server.url("/file")
                + " to 'file:///etc/passwd': only http and https URLs with a host are followed");
  }

  @Test
  void namesVigilInTheUserAgentByDefault() {
    server.respond(200, Map.of(), BODY);
    new Fetcher(ConfigLoader.defaults().poller()).fetch(server.url("/"), null, null);
    assertThat(server.requests().get(0).get("user-agent")).startsWith("Vigil/");
  }

  @Test
  void retryAfterReadsSecondsAndDates() {
    java.time.Instant now = java.time.Instant.parse("2026-11-24T12:00:00Z");
    assertThat(HttpValues.retryAfter("120", now)).isEqualTo(Duration.ofMinutes(2));
    assertThat(HttpValues.retryAfter("Tue, 24 Nov 2026 13:00:00 GMT", now))
        .isEqualTo(Duration.ofHours(1));
    assertThat(HttpValues.retryAfter("soon", now)).isNull();
    assertThat(List.of(301, 302, 303, 307, 308)).allMatch(Fetcher::isRedirect);
    assertThat(List.of(300, 304, 200)).noneMatch(Fetcher::isRedirect);
  }
}
