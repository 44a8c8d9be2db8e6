package dev.vigil.cli;

import dev.vigil.config.ConfigLoader;
import dev.vigil.config.PollerSettings;
import dev.vigil.fulltext.Extraction;
import dev.vigil.fulltext.Extractor;
import dev.vigil.http.FetchOutcome;
import dev.vigil.http.FetchSettings;
import dev.vigil.http.Fetcher;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Extracts the article from pages: one JSON object per input, one per line, in one JVM. */
@Command(
    name = "extract",
    description =
        "Extract the article (text, byline, published time, language, canonical URL, lead image)"
            + " from pages, files or URLs: one JSON object per input, one per line.")
public class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE-or-URL", arity = "1..*")
  List<String> sources;

  @Option(
      names = "--stats",
      description =
          "After the output, print to stderr how many pages per second were extracted (parsing"
              + " and extraction, one thread, files already read)")
  boolean stats;

  @Option(
      names = "--repeat",
      defaultValue = "1",
      description = "With --stats: extract the inputs this many times, timing the last round")
  int repeat;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** One printed line. */
  @Serdeable
  record Output(
      String file,
      String url,
      String title,
      String text,
      String byline,
      Instant published,
      String language,
      String canonical,
      String image,
      String status) {}

  /** A page's bytes, read or fetched, or why there are none. */
  private record Page(String source, byte[] body, String contentType, String url, String status) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    JsonMapper json = JsonMapper.createDefault();
    Extractor extractor = new Extractor();
    List<Page> pages = new ArrayList<>();
    for (String s : sources) {
      pages.add(read(s));
    }
    int failed = 0;
    for (Page p : pages) {
      Output o = extract(extractor, p);
      failed += o.status().equals("extracted") || o.status().equals("fetched") ? 0 : 1;
      out.println(json.writeValueAsString(o));
    }
    out.flush();
    if (stats) {
      printStats(extractor, pages);
    }
    return failed == 0 ? 0 : 1;
  }

  private static boolean isUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static Page read(String source) throws IOException {
    if (isUrl(source)) {
      PollerSettings p = ConfigLoader.defaults().poller();
      FetchOutcome o =
          new Fetcher(
                  FetchSettings.pages(
                      p, p.connectTimeout(), Duration.ofSeconds(30), 5L * 1024 * 1024))
              .fetch(source, null, null);
      if (o instanceof FetchOutcome.Fetched f) {
        return new Page(source, f.body(), f.contentType(), f.finalUrl(), "fetched");
      }
      String status =
          o instanceof FetchOutcome.Refused ? "refused" : "failed: " + FetchOutcome.describe(o);
      return new Page(source, null, null, source, status);
    }
    Path path = Path.of(source);
    if (!Files.isRegularFile(path)) {
      return new Page(source, null, null, null, "failed: no such file");
    }
    return new Page(source, Files.readAllBytes(path), null, null, "extracted");
  }

  private static Output extract(Extractor extractor, Page p) {
    boolean url = isUrl(p.source());
    if (p.body() == null) {
      return new Output(
          url ? null : p.source(),
          url ? p.source() : null,
          "",
          "",
          null,
          null,
          null,
          null,
          null,
          p.status());
    }
    Extraction e = extractor.extract(p.body(), p.contentType(), p.url());
    return new Output(
        url ? null : p.source(),
        url ? p.source() : null,
        e.title(),
        e.text(),
        e.byline(),
        e.published(),
        e.language(),
        e.canonical(),
        e.image(),
        p.status());
  }

  private void printStats(Extractor extractor, List<Page> pages) {
    long nanos = 0;
    int n = 0;
    for (int round = 0; round < Math.max(1, repeat); round++) {
      long t0 = System.nanoTime();
      n = 0;
      for (Page p : pages) {
        if (p.body() != null) {
          extractor.extract(p.body(), p.contentType(), p.url());
          n++;
        }
      }
      nanos = System.nanoTime() - t0;
    }
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "extracted %d pages in %.2f s: %.0f pages/s (one thread)%n",
            n,
            nanos / 1e9,
            n / (nanos / 1e9));
  }
}
