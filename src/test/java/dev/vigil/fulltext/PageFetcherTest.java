package dev.vigil.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Page;
import dev.vigil.config.AddressPolicy;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.PollerSettings;
import dev.vigil.http.AddressGuard;
import dev.vigil.http.FetchSettings;
import dev.vigil.http.Fetcher;
import dev.vigil.http.HostLimiter;
import dev.vigil.testing.ScriptedServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Article pages fetched as the full-text stage does, from a real server on 127.0.0.1. */
class PageFetcherTest {
  private static final long CAP = 256 * 1024;
  private static final byte[] ARTICLE =
      ("<html><body><article><p>"
              + "The convoy stopped near an abandoned airfield, residents said by telephone. "
                  .repeat(20)
              + "</p></article></body></html>")
          .getBytes(StandardCharsets.UTF_8);

  private static PageFetcher fetcher(AddressPolicy policy, AddressGuard.Resolver dns) {
    PollerSettings p = ConfigLoader.defaults().poller().withAddressPolicy(policy);
    Fetcher f =
        new Fetcher(FetchSettings.pages(p, Duration.ofSeconds(2), Duration.ofSeconds(5), CAP), dns);
    return new PageFetcher(
        f,
        new HostLimiter(2, Duration.ofMillis(10), Clock.systemUTC()),
        new Extractor(),
        Clock.systemUTC(),
        FulltextMetrics.none());
  }

  private static PageFetcher fetcher() {
    return fetcher(AddressPolicy.DEFAULT, InetAddress::getAllByName);
  }

  private static Instant in(int seconds) {
    return Instant.now().plusSeconds(seconds);
  }

  @Test
  void aPageIsFetchedExtractedAndItsValidatorsKept() throws Exception {
    try (ScriptedServer server = new ScriptedServer()) {
      server.respond(200, Map.of("Content-Type", "text/html", "ETag", "\"v1\""), ARTICLE);
      PageFetcher.Result r = fetcher().fetch(server.url("/a"), null, null, in(10));

      assertThat(r.page().status()).isEqualTo(Page.FETCHED);
      assertThat(r.page().text()).contains("abandoned airfield");
      assertThat(r.etag()).isEqualTo("\"v1\"");
      assertThat(server.requests().get(0).get("user-agent")).startsWith("Vigil");
      assertThat(server.requests().get(0).get("accept")).startsWith("text/html");
    }
  }

  @Test
  void anUnchangedPageAnswersAConditionalRequest() throws Exception {
    try (ScriptedServer server = new ScriptedServer()) {
      server.respond(304, Map.of(), new byte[0]);
      PageFetcher.Result r = fetcher().fetch(server.url("/a"), "\"v1\"", null, in(10));

      assertThat(r.page().status()).isEqualTo(Page.NOT_MODIFIED);
      assertThat(server.requests().get(0).get("if-none-match")).isEqualTo("\"v1\"");
    }
  }

  @Test
  void aMissingPageFails() throws Exception {
    try (ScriptedServer server = new ScriptedServer()) {
      server.respond(404, Map.of(), new byte[0]);
      assertThat(fetcher().fetch(server.url("/a"), null, null, in(10)).page().status())
          .isEqualTo("failed: HTTP 404");
      server.respond(410, Map.of(), new byte[0]);
      assertThat(fetcher().fetch(server.url("/b"), null, null, in(10)).page().status())
          .isEqualTo("failed: HTTP 410");
    }
  }

  @Test
  void anOversizedPageAndAGzipBombAreRefusedAtTheCap() throws Exception {
    try (ScriptedServer server = new ScriptedServer()) {
      server.respondAt("/big", 200, Map.of("Content-Type", "text/html"), new byte[(int) CAP + 1]);
      ByteArrayOutputStream gz = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
        out.write(new byte[(int) CAP * 40]);
      }
      server.respondAt(
          "/bomb",
          200,
          Map.of("Content-Type", "text/html", "Content-Encoding", "gzip"),
          gz.toByteArray());

      assertThat(fetcher().fetch(server.url("/big"), null, null, in(10)).page().status())
          .startsWith("failed: ");
      assertThat(gz.size()).isLessThan((int) CAP);
      assertThat(fetcher().fetch(server.url("/bomb"), null, null, in(10)).page().status())
          .startsWith("failed: ");
    }
  }

  @Test
  void aRedirectToARefusedAddressIsRefused() throws Exception {
    AddressGuard.Resolver dns =
        host ->
            host.equals("metadata.test")
                ? new InetAddress[] {InetAddress.getByName("169.254.169.254")}
                : InetAddress.getAllByName(host);
    try (ScriptedServer server = new ScriptedServer()) {
      server.respond(302, Map.of("Location", "http://metadata.test/latest/"), new byte[0]);
      PageFetcher.Result r =
          fetcher(AddressPolicy.DEFAULT, dns).fetch(server.url("/a"), null, null, in(10));

      assertThat(r.page().status()).isEqualTo(Page.REFUSED);
      assertThat(server.paths()).containsExactly("/a");
    }
  }

  @Test
  void publicOnlyRefusesAPageOnALocalAddressWithoutConnecting() throws Exception {
    try (ScriptedServer server = new ScriptedServer()) {
      server.respond(200, Map.of("Content-Type", "text/html"), ARTICLE);
      PageFetcher.Result r =
          fetcher(AddressPolicy.PUBLIC_ONLY, InetAddress::getAllByName)
              .fetch(server.url("/a"), null, null, in(10));

      assertThat(r.page().status()).isEqualTo(Page.REFUSED);
      assertThat(server.paths()).isEmpty();
    }
  }

  @Test
  void tooManyRequestsIsTriedAgainAfterRetryAfterABoundedNumberOfTimes() throws Exception {
    try (ScriptedServer server = new ScriptedServer()) {
      server.respond(429, Map.of("Retry-After", "1"), new byte[0]);
      Instant start = Instant.now();
      PageFetcher.Result r = fetcher().fetch(server.url("/a"), null, null, in(20));

      assertThat(r.page().status()).isEqualTo("failed: HTTP 429");
      assertThat(server.paths()).hasSize(3);
      assertThat(Duration.between(start, Instant.now())).isGreaterThan(Duration.ofMillis(1900));
    }
  }
}
