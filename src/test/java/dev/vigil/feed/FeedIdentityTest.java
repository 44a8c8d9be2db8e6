package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.config.FeedSpec;
import dev.vigil.http.Fetcher;
import dev.vigil.http.FetcherTest;
import dev.vigil.testing.MutableClock;
import dev.vigil.testing.ScriptedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Entry identity across polls: updates, recycled guids, missing guids, and the compact memory. */
class FeedIdentityTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
  private ScriptedServer server;
  private FeedSpec spec;
  private FeedPoller poller;
  private FeedState state;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    spec =
        new FeedSpec(
            server.url("/feed"), null, Duration.ofMinutes(5), Duration.ofDays(7), List.of());
    poller = new FeedPoller(new Fetcher(FetcherTest.settings()), new FeedParser(), clock);
    state = FeedState.initial(spec.url());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** An RSS item; null guid or link leaves the element out. */
  private static String item(String guid, String link, String title, String text) {
    return "<item>"
        + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
        + (link == null ? "" : "<link>" + link + "</link>")
        + "<title>"
        + title
        + "</title><description>"
        + text
        + "</description></item>";
  }

  /** Serves the items and polls once, carrying the state over. */
  private PollResult poll(String... items) {
    server.respond(
        200,
        Map.of("Content-Type", "application/rss+xml"),
        ("<rss version=\"2.0\"><channel><title>Desk</title>"
                + String.join("", items)
                + "</channel></rss>")
            .getBytes());
    clock.advance(Duration.ofMinutes(5));
    PollResult r = poller.poll(spec, state);
    state = r.state();
    return r;
  }

  @Test
  void aMaterialChangeIsAnUpdateWithTheSameIdAndWhitespaceIsNot() {
    Article first =
        poll(item("s1", "http://x/1", "Talks resume", "Delegations met.")).articles().get(0);
    assertThat(first.update()).isFalse();

    assertThat(poll(item("s1", "http://x/1", "  talks   RESUME ", "Delegations\n met.")).outcome())
        .isEqualTo(PollOutcome.UNCHANGED);

    PollResult changed = poll(item("s1", "http://x/1", "Talks collapse", "Delegations left."));
    assertThat(changed.outcome()).isEqualTo(PollOutcome.UPDATED);
    assertThat(changed.articles())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo(first.id());
              assertThat(a.update()).isTrue();
              assertThat(a.title()).isEqualTo("Talks collapse");
            });
    assertThat(poll(item("s1", "http://x/1", "Talks collapse", "Delegations left.")).articles())
        .isEmpty();
  }

  @Test
  void aRecycledGuidWithAnotherLinkAndTitleIsANewArticle() {
    Article a = poll(item("1", "http://x/a", "Story A", "a")).articles().get(0);
    PollResult b = poll(item("1", "http://x/b", "Story B", "b"));
    assertThat(b.outcome()).isEqualTo(PollOutcome.NEW);
    assertThat(b.articles())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.id()).isNotEqualTo(a.id());
              assertThat(x.update()).isFalse();
            });
    for (int i = 0; i < 100; i++) {
      assertThat(poll(item("1", "http://x/b", "Story B", "b")).articles())
          .as("poll " + i)
          .isEmpty();
    }
  }

  @Test
  void twoItemsSharingAGuidAreBothReadOnceAndStayQuiet() {
    String a = item("same", "http://x/a", "Story A", "a");
    String b = item("same", "http://x/b", "Story B", "b");
    String c = item("same", "http://x/b", "Story B again", "copy");
    PollResult first = poll(a, b, c);
    assertThat(first.articles()).extracting(Article::title).containsExactly("Story A", "Story B");
    assertThat(first.articles()).extracting(Article::id).doesNotHaveDuplicates();
    assertThat(poll(b, a, c).articles()).isEmpty();
    assertThat(poll(c, b, a).articles()).isEmpty();
    PollResult d = poll(item("same", "http://x/d", "Story D", "d"), a, b);
    assertThat(d.articles()).extracting(Article::title).containsExactly("Story D");
  }

  @Test
  void feedsWithoutGuidsAreReadWithoutDuplicatesOrLosses() {
    String linked = item(null, "http://x/1?utm_source=rss", "Linked", "one");
    String bare = item(null, null, "Bare", "no link either");
    assertThat(poll(linked, bare).articles())
        .extracting(Article::title)
        .containsExactly("Linked", "Bare");
    assertThat(poll(bare, linked).articles()).isEmpty();
    String tracked = item(null, "http://x/1?utm_source=twitter", "Linked", "one");
    assertThat(poll(tracked, bare).articles())
        .as("tracking parameters do not make a new article")
        .isEmpty();

    PollResult grown =
        poll(
            item(null, "http://x/2", "Second", "two"),
            item(null, null, "Bare 2", "other"),
            linked,
            bare);
    assertThat(grown.articles()).extracting(Article::title).containsExactly("Second", "Bare 2");
    PollResult edited = poll(item(null, "http://x/1", "Linked, edited", "one more"), bare);
    assertThat(edited.articles()).singleElement().satisfies(x -> assertThat(x.update()).isTrue());
  }

  @Test
  void theMemoryIsEightBytesAnEntryAndKeepsEntriesThatDropOutForAWhile() {
    String[] items = new String[20];
    for (int i = 0; i < 20; i++) {
      items[i] = item("g" + i, "http://x/" + i, "Story " + i, "text " + i);
    }
    poll(items);
    assertThat(SeenEntries.decode(state.seen())).hasSize(20);
    assertThat(state.seen()).hasSize(20 * 8);
    for (int i = 20; i < 40; i++) {
      poll(item("g" + i, "http://x/" + i, "Story " + i, "text " + i));
    }
    assertThat(SeenEntries.decode(state.seen())).hasSize(EntryTracker.MIN_SEEN);
    assertThat(poll(items[9]).articles()).as("remembered").isEmpty();
    assertThat(poll(items[15]).articles()).as("forgotten after 29 others").hasSize(1);
  }
}
