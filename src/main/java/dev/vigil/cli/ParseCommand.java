package dev.vigil.cli;

import dev.vigil.article.ArticleId;
import dev.vigil.article.Page;
import dev.vigil.config.ConfigLoader;
import dev.vigil.feed.FeedParseException;
import dev.vigil.feed.FeedParser;
import dev.vigil.feed.ParsedFeed;
import dev.vigil.fulltext.ArticlePages;
import dev.vigil.http.FetchOutcome;
import dev.vigil.http.Fetcher;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints a feed file or URL as normalised JSON, the way the poller reads it. */
@Command(name = "parse", description = "Parse a feed (file or URL) and print it as JSON.")
public class ParseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE-or-URL")
  String source;

  @Option(
      names = "--fulltext",
      description =
          "Also fetch each entry's page and show the article extracted from it, as the full-text"
              + " stage does")
  boolean fulltext;

  /** The printed form of a feed. */
  @Serdeable
  record Output(
      String title, String link, String format, List<Entry> entries, List<String> warnings) {}

  /** The printed form of an entry. */
  @Serdeable
  record Entry(
      String id,
      String title,
      String link,
      Instant published,
      List<String> authors,
      String text,
      String html,
      Page page) {}

  @Override
  public Integer call() throws Exception {
    byte[] body;
    String contentType = null;
    String base = source;
    if (source.startsWith("http://") || source.startsWith("https://")) {
      FetchOutcome o = new Fetcher(ConfigLoader.defaults().poller()).fetch(source, null, null);
      if (!(o instanceof FetchOutcome.Fetched f)) {
        System.err.println(source + ": cannot fetch: " + o);
        return 2;
      }
      body = f.body();
      contentType = f.contentType();
      base = f.finalUrl();
    } else {
      Path p = Path.of(source);
      if (!Files.isRegularFile(p)) {
        System.err.println(source + ": no such file");
        return 2;
      }
      body = Files.readAllBytes(p);
      base = null;
    }
    ParsedFeed feed;
    try {
      feed = new FeedParser().parse(body, contentType, base);
    } catch (FeedParseException e) {
      System.err.println(source + ": " + e.getMessage());
      return 1;
    }
    ArticlePages pages =
        fulltext
            ? new ArticlePages(
                ConfigLoader.defaults().poller(),
                ConfigLoader.defaults().fulltext(),
                Clock.systemUTC())
            : null;
    List<Entry> entries =
        feed.entries().stream()
            .map(
                e ->
                    new Entry(
                        ArticleId.of(
                            source,
                            ArticleId.key(
                                e.guid(), e.link(), e.title(), e.summary() + e.content())),
                        e.title(),
                        e.link(),
                        e.published(),
                        e.authors(),
                        e.content().isEmpty() ? e.summary() : e.content(),
                        e.html(),
                        pages == null || e.link() == null ? null : pages.fetch(e.link())))
            .toList();
    Output out = new Output(feed.title(), feed.link(), feed.format(), entries, feed.warnings());
    System.out.println(
        new String(JsonMapper.createDefault().writeValueAsBytes(out), StandardCharsets.UTF_8));
    return 0;
  }
}
