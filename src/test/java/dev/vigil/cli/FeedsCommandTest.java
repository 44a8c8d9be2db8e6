package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.Vigil;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.FeedSpec;
import dev.vigil.config.OpmlReader;
import dev.vigil.feed.FeedDiscovery;
import dev.vigil.testing.ScriptedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vigil feeds discover} against a local server, and {@code vigil feeds export-opml}
 * round-tripping.
 */
class FeedsCommandTest {
  private static final String PAGE =
      """
      <!doctype html><html><head><title>Blog</title>
      <base href="/blog/">
      <link rel="alternate" type="application/rss+xml" title="Posts" href="feed.xml">
      <link rel="alternate" type="application/atom+xml" href="https://other.example/atom">
      <link rel="Alternate feed" type="application/feed+json; charset=utf-8" href="/feed.json" title=" JSON ">
      <link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/2">
      <link rel="stylesheet" type="text/css" href="x.css">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/rss+xml" href="feed.xml">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      </head><body><p>Hi</p><link rel="alternate" type="application/rss+xml" href="../comments.rss"></body></html>
      """;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl =
        new CommandLine(new Vigil()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void discoveryListsFeedLinksResolvedAgainstThePageAndItsBase() {
    List<FeedDiscovery.Found> found =
        FeedDiscovery.find(PAGE.getBytes(), "text/html", "http://site.example/news/page");
    assertThat(found)
        .containsExactly(
            new FeedDiscovery.Found(
                "http://site.example/blog/feed.xml", "application/rss+xml", "Posts"),
            new FeedDiscovery.Found("https://other.example/atom", "application/atom+xml", null),
            new FeedDiscovery.Found(
                "http://site.example/feed.json", "application/feed+json", "JSON"),
            new FeedDiscovery.Found(
                "http://site.example/comments.rss", "application/rss+xml", null));
  }

  @Test
  void discoverPrintsTheFeedsOfAPageAndSaysWhenThereAreNone() throws Exception {
    try (ScriptedServer server = new ScriptedServer()) {
      server.respondAt(
          "/page", 200, Map.of("Content-Type", "text/html; charset=utf-8"), PAGE.getBytes());
      Run r = run("feeds", "discover", server.url("/page"));
      assertThat(r.exit()).isEqualTo(0);
      assertThat(r.out().lines())
          .hasSize(4)
          .first()
          .isEqualTo(server.url("/blog/feed.xml") + "\tapplication/rss+xml\tPosts");

      server.respondAt(
          "/feed",
          200,
          Map.of("Content-Type", "application/xml"),
          "<?xml version=\"1.0\"?><rss/>".getBytes());
      assertThat(run("feeds", "discover", server.url("/feed")).out()).contains("itself a feed");

      server.respondAt(
          "/plain",
          200,
          Map.of("Content-Type", "text/html"),
          "<html><p>no feeds</p></html>".getBytes());
      Run none = run("feeds", "discover", server.url("/plain"));
      assertThat(none.exit()).isEqualTo(1);
      assertThat(none.err()).contains("links no feed");

      Run missing = run("feeds", "discover", server.url("/missing"));
      assertThat(missing.exit()).isEqualTo(2);
      assertThat(missing.err()).contains("cannot fetch: HTTP 404");
    }
  }

  @Test
  void exportOpmlRoundTripsThroughTheOpmlImport(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("vigil.yml");
    Files.writeString(
        config,
        """
        feeds:
          - url: https://a.example/world.rss
            title: World & More
          - url: https://b.example/mideast.rss
            tags: [World, Middle East]
          - url: https://c.example/tech.atom
            tags: [Tech]
          - url: https://d.example/europe.rss
            tags: [World]
        """);
    Path opml = dir.resolve("out.opml");
    Run r = run("feeds", "export-opml", "--config", config.toString(), "--output", opml.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    String xml = Files.readString(opml);
    assertThat(xml).contains("<opml version=\"2.0\">").contains("<dateCreated>");

    List<FeedSpec> configured = ConfigLoader.load(config).feeds();
    List<OpmlReader.Outline> back = OpmlReader.read(opml);
    assertThat(back)
        .extracting(OpmlReader.Outline::url)
        .containsExactlyInAnyOrderElementsOf(configured.stream().map(FeedSpec::url).toList());
    for (FeedSpec f : configured) {
      OpmlReader.Outline o =
          back.stream().filter(x -> x.url().equals(f.url())).findFirst().orElseThrow();
      assertThat(o.categories()).as(f.url()).isEqualTo(f.tags());
      assertThat(o.title()).isEqualTo(f.title() != null ? f.title() : f.url());
    }

    Files.writeString(dir.resolve("again.yml"), "feeds:\n  - opml: out.opml\n");
    assertThat(ConfigLoader.load(dir.resolve("again.yml")).feeds())
        .extracting(FeedSpec::url, FeedSpec::tags)
        .containsExactlyInAnyOrderElementsOf(
            configured.stream()
                .map(f -> org.assertj.core.groups.Tuple.tuple(f.url(), f.tags()))
                .toList());

    assertThat(run("feeds", "export-opml", "--config", config.toString()).out())
        .startsWith("<?xml");
  }
}
