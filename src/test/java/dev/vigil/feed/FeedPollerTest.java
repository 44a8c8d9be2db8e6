package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.FeedSpec;
import dev.vigil.config.PollerSettings;
import dev.vigil.http.Fetcher;
import dev.vigil.http.FetcherTest;
import dev.vigil.testing.MutableClock;
import dev.vigil.testing.ScriptedServer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The poll of one feed against a real local HTTP server, with an injected clock. */
class FeedPollerTest {
  private static final Map<String, String> RSS = Map.of("Content-Type", "application/rss+xml");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
  private ScriptedServer server;
  private FeedSpec spec;
  private FeedPoller poller;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    spec =
        new FeedSpec(
            server.url("/feed"), null, Duration.ofMinutes(5), Duration.ofDays(7), List.of());
    PollerSettings s = ConfigLoader.defaults().poller();
    poller =
        new FeedPoller(
            new Fetcher(
                new PollerSettings(
                    s.defaultInterval(),
                    s.defaultBackfill(),
                    2,
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(2),
                    64 * 1024,
                    "Vigil-test")),
            new FeedParser(),
            clock);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static byte[] fixture() throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/feeds/poller/three-items.rss"));
  }

  @Test
  void firstPollKeepsOnlyEntriesWithinTheBackfillWindow() throws Exception {
    server.respond(200, Map.of("Content-Type", "application/rss+xml", "ETag", "\"v1\""), fixture());
    PollResult r = poller.poll(spec, FeedState.initial(spec.url()));
    assertThat(r.outcome()).isEqualTo(PollOutcome.NEW);
    assertThat(r.articles())
        .extracting(Article::title)
        .containsExactly("Fresh: talks resume in Geneva", "No guid, two days old");
    Article a = r.articles().get(0);
    assertThat(a.guid()).isEqualTo("story-3");
    assertThat(a.link()).isEqualTo(server.url("/world/geneva-talks?utm_source=rss"));
    assertThat(a.summary()).isEqualTo("Delegations met again.");
    assertThat(a.categories()).containsExactly("Diplomacy");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    assertThat(a.fetched()).isEqualTo(clock.instant());
    assertThat(r.state().etag()).isEqualTo("\"v1\"");
    assertThat(SeenEntries.decode(r.state().seen())).hasSize(3);
    assertThat(server.requests().get(0).get("user-agent")).isEqualTo("Vigil-test");
  }

  @Test
  void laterPollsSendValidatorsAndPassOnlyNewEntries() throws Exception {
    server.respond(200, Map.of("Content-Type", "application/rss+xml", "ETag", "\"v1\""), fixture());
    FeedState s1 = poller.poll(spec, FeedState.initial(spec.url())).state();
    clock.advance(Duration.ofMinutes(5));
    PollResult again = poller.poll(spec, s1);
    assertThat(again.outcome()).isEqualTo(PollOutcome.UNCHANGED);
    assertThat(again.articles()).isEmpty();
    assertThat(server.requests().get(1).get("if-none-match")).isEqualTo("\"v1\"");

    server.respond(304, Map.of(), new byte[0]);
    PollResult notModified = poller.poll(spec, again.state());
    assertThat(notModified.outcome()).isEqualTo(PollOutcome.NOT_MODIFIED);
    assertThat(notModified.state().seen()).isEqualTo(s1.seen());

    String grown =
        new String(fixture())
            .replace(
                "<item>",
                """
        <item><guid>story-4</guid><title>Brand new</title><pubDate>Mon, 01 Jan 2001 00:00:00 GMT</pubDate></item>
        <item>"""
                    .replace("\n", ""));
    server.respond(
        200,
        RSS,
        grown.replaceFirst("(?s)(<item><guid>story-4.*?</item>)<item>", "$1<item>").getBytes());
    PollResult fresh = poller.poll(spec, notModified.state());
    assertThat(fresh.articles())
        .extracting(Article::title)
        .as("after the first poll a new entry counts whatever its date")
        .containsExactly("Brand new");
  }

  @Test
  void goneDisablesAndRetryAfterIsHonoured() throws Exception {
    server.respond(410, Map.of(), new byte[0]);
    assertThat(poller.poll(spec, FeedState.initial(spec.url())).state().status())
        .isEqualTo("disabled");

    server.respond(429, Map.of("Retry-After", "3600"), new byte[0]);
    FeedState s = poller.poll(spec, FeedState.initial(spec.url())).state();
    assertThat(s.status()).isEqualTo("erroring");
    assertThat(s.retryNotBefore()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
  }

  @Test
  void errorsAreNamedAndBackOff() throws Exception {
    server.respond(500, Map.of(), new byte[0]);
    FeedState s = poller.poll(spec, FeedState.initial(spec.url())).state();
    assertThat(s.lastError()).isEqualTo("HTTP 500");
    assertThat(s.errors()).isEqualTo(1);
    FeedState s2 = poller.poll(spec, s).state();
    assertThat(s2.errors()).isEqualTo(2);
    assertThat(s2.retryNotBefore()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));

    server.respond(
        200, Map.of("Content-Type", "text/html"), "<html><body>Hello</body></html>".getBytes());
    PollResult html = poller.poll(spec, FeedState.initial(spec.url()));
    assertThat(html.outcome()).isEqualTo(PollOutcome.PARSE_ERROR);
    assertThat(html.state().lastError()).contains("HTML");
  }

  @Test
  void oversizeBodiesAndGzipBombsAreRefused() throws Exception {
    server.respond(200, RSS, new byte[200 * 1024]);
    assertThat(poller.poll(spec, FeedState.initial(spec.url())).state().lastError())
        .contains("larger than");

    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
      gz.write(new byte[10 * 1024 * 1024]);
    }
    server.respond(
        200,
        Map.of("Content-Type", "application/rss+xml", "Content-Encoding", "gzip"),
        bomb.toByteArray());
    assertThat(poller.poll(spec, FeedState.initial(spec.url())).state().lastError())
        .contains("decompressed body larger than");
  }

  @Test
  void gzipBodiesAreRead() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(fixture());
    }
    server.respond(
        200,
        Map.of("Content-Type", "application/rss+xml", "Content-Encoding", "gzip"),
        gz.toByteArray());
    assertThat(poller.poll(spec, FeedState.initial(spec.url())).articles()).hasSize(2);
    assertThat(server.requests().get(0).get("accept-encoding")).isEqualTo("gzip");
  }

  @Test
  void aPermanentRedirectMovesTheFeedButNotItsIdentity() throws Exception {
    server.respondAt("/feed", 301, Map.of("Location", "/moved"), new byte[0]);
    server.respondAt("/moved", 200, RSS, fixture());
    PollResult r = poller.poll(spec, FeedState.initial(spec.url()));
    assertThat(r.state().url()).isEqualTo(spec.url());
    assertThat(r.state().currentUrl()).isEqualTo(server.url("/moved"));
    assertThat(r.articles()).allSatisfy(a -> assertThat(a.feedUrl()).isEqualTo(spec.url()));
    assertThat(r.articles().get(0).link()).startsWith(server.url("/world/"));

    poller.poll(spec, r.state());
    assertThat(server.paths()).containsExactly("/feed", "/moved", "/moved");
  }

  @Test
  void theSameBodyWithoutValidatorsIsUnchangedWithoutParsing() throws Exception {
    int[] parses = {0};
    FeedPoller counting =
        new FeedPoller(
            new Fetcher(FetcherTest.settings()),
            new FeedParser() {
              @Override
              public ParsedFeed parse(byte[] body, String contentType, String baseUrl)
                  throws FeedParseException {
                parses[0]++;
                return super.parse(body, contentType, baseUrl);
              }
            },
            clock);
    server.respond(200, RSS, fixture());
    FeedState s1 = counting.poll(spec, FeedState.initial(spec.url())).state();
    assertThat(s1.bodyHash()).isNotZero();
    clock.advance(Duration.ofMinutes(5));
    PollResult again = counting.poll(spec, s1);
    assertThat(again.outcome()).isEqualTo(PollOutcome.UNCHANGED);
    assertThat(again.state().lastSuccess()).isEqualTo(clock.instant());
    assertThat(parses[0]).isEqualTo(1);

    server.respond(
        200, RSS, new String(fixture()).replace("Old news.", "Old news, corrected.").getBytes());
    assertThat(counting.poll(spec, again.state()).outcome()).isEqualTo(PollOutcome.UPDATED);
    assertThat(parses[0]).as("a different body is parsed").isEqualTo(2);
  }

  @Test
  void aSuccessfulReadRecordsTheFeedsRhythmRaisedByMaxAge() throws Exception {
    StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
    for (int i = 0; i < 6; i++) {
      rss.append("<item><guid>g")
          .append(i)
          .append("</guid><title>t")
          .append(i)
          .append("</title><pubDate>")
          .append(
              java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                  clock
                      .instant()
                      .minus(Duration.ofMinutes(2L * i))
                      .atOffset(java.time.ZoneOffset.UTC)))
          .append("</pubDate></item>");
    }
    byte[] body = rss.append("</channel></rss>").toString().getBytes();
    server.respond(200, RSS, body);
    FeedState s = poller.poll(spec, FeedState.initial(spec.url())).state();
    assertThat(s.rhythmSeconds()).isEqualTo(120);
    assertThat(s.newestEntry()).isEqualTo(clock.instant());

    server.respond(
        200, Map.of("Content-Type", "application/rss+xml", "Cache-Control", "max-age=240"), body);
    assertThat(poller.poll(spec, FeedState.initial(spec.url())).state().rhythmSeconds())
        .isEqualTo(240);
  }
}
