package dev.vigil.fulltext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on every page of the shared corpus (Mozilla Readability's test pages) and
 * scores its text against each page's expected.html with {@link ShingleScore}. Writes every page's
 * precision and recall to target/fulltext-report.md.
 */
class ReadabilityCorpusTest {
  static final Path PAGES = Path.of("../shared/corpus/pages");
  static final Path BODIES = Path.of("src/test/resources/fulltext/bodies");

  /**
   * Against the bodies marked by hand in src/test/resources/fulltext/bodies (the rule is in its
   * README), independently of any extractor.
   */
  @Test
  void extractsTheHandMarkedBodies() throws IOException {
    assumeTrue(Files.isDirectory(PAGES), "the shared corpus is not checked out beside the project");
    Extractor extractor = new Extractor();
    List<ShingleScore> scores = new ArrayList<>();
    StringBuilder report =
        new StringBuilder("| page | precision | recall |\n| --- | ---: | ---: |\n");
    List<Path> bodies;
    try (Stream<Path> s = Files.list(BODIES)) {
      bodies = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path body : bodies) {
      String page = body.getFileName().toString().replace(".txt", "");
      String html = Files.readString(PAGES.resolve(page).resolve("source.html"));
      Extraction e = extractor.extract(html, "http://fakehost/test/page.html");
      ShingleScore s = ShingleScore.of(e.text(), Files.readString(body));
      scores.add(s);
      report.append(
          String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", page, s.precision(), s.recall()));
    }
    double f1 = ShingleScore.f1(scores);
    report.append(String.format(Locale.ROOT, "%n%d pages: F1 %.3f%n", scores.size(), f1));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fulltext-handmarked-report.md"), report);
    System.out.printf(Locale.ROOT, "hand-marked: %d pages, F1 %.3f%n", scores.size(), f1);
    assertThat(scores).hasSizeGreaterThanOrEqualTo(40);
    assertThat(f1).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void extractsTheCorpusArticles() throws IOException {
    assumeTrue(Files.isDirectory(PAGES), "the shared corpus is not checked out beside the project");
    Extractor extractor = new Extractor();
    MetadataTally metadata = new MetadataTally();
    List<ShingleScore> scores = new ArrayList<>();
    StringBuilder report =
        new StringBuilder("| page | precision | recall |\n| --- | ---: | ---: |\n");
    List<Path> dirs;
    try (Stream<Path> s = Files.list(PAGES)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path dir : dirs) {
      String html = Files.readString(dir.resolve("source.html"), StandardCharsets.UTF_8);
      String expected =
          Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8))
              .text();
      Extraction e = extractor.extract(html, "http://fakehost/test/page.html");
      metadata.check(e, Files.readString(dir.resolve("expected-metadata.json")));
      if (!ShingleScore.scorable(expected)) {
        continue;
      }
      ShingleScore s = ShingleScore.of(e.title().isEmpty() ? e.text() : e.text(), expected);
      scores.add(s);
      report.append(
          String.format(
              Locale.ROOT, "| %s | %.3f | %.3f |%n", dir.getFileName(), s.precision(), s.recall()));
    }
    double p = scores.stream().mapToDouble(ShingleScore::precision).average().orElse(0);
    double r = scores.stream().mapToDouble(ShingleScore::recall).average().orElse(0);
    double f1 = ShingleScore.f1(scores);
    report.append(
        String.format(
            Locale.ROOT,
            "%n%d pages: mean precision %.3f, mean recall %.3f, F1 %.3f%n",
            scores.size(),
            p,
            r,
            f1));
    report.append(metadata.summary());
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fulltext-report.md"), report);
    System.out.printf(
        Locale.ROOT, "corpus: %d pages, P %.3f R %.3f F1 %.3f%n", scores.size(), p, r, f1);
    System.out.print(metadata.summary());
    assertThat(scores).hasSizeGreaterThan(100);
    assertThat(f1).as("F1 of mean precision and recall").isGreaterThanOrEqualTo(0.95);
    assertThat(metadata.share("title")).isGreaterThanOrEqualTo(0.9);
    assertThat(metadata.share("byline")).isGreaterThanOrEqualTo(0.8);
    assertThat(metadata.share("published")).isGreaterThanOrEqualTo(0.95);
  }
}
