package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the shared conformance corpus (feedparser's test suite and node-feedparser's real feeds, see
 * the corpus README) through {@link FeedParser} and reports a pass-rate table per folder.
 *
 * <p>Run with {@code ./mvnw -B test -Dtest=FeedCorpusTest}; the table goes to stdout and to {@code
 * target/conformance.md}, from which docs/conformance.md is updated.
 */
class FeedCorpusTest {
  /**
   * Well-formed files we knowingly cannot read, path to reason. Every other well-formed file must
   * parse; an entry here that starts parsing fails the test so the list stays honest.
   */
  private static final Map<String, String> KNOWN_WELLFORMED_FAILURES = Map.of();

  /**
   * Expect checks we knowingly disagree with, path to reason (docs/conformance.md says more). Any
   * other disagreement fails the test, and so does an entry here that starts agreeing.
   */
  private static final Map<String, String> KNOWN_DISAGREEMENTS =
      Map.of(
          "feedparser/entities/lang.xml", "HTML5 maps &lang; to U+27E8, HTML 4 to U+2329",
          "feedparser/entities/rang.xml", "HTML5 maps &rang; to U+27E9, HTML 4 to U+232A",
          "feedparser/illformed/chardet/gb2312.xml",
              "GB2312 is read, and reported, as its superset GB18030",
          "feedparser/illformed/chardet/tis620.xml", "ICU has no TIS-620 detector",
          "feedparser/wellformed/atom/entry_link_no_href_link_priority.xml",
              "a link as element text is not Atom",
          "feedparser/wellformed/atom10/entry_link_no_href_link_priority.xml",
              "a link as element text is not Atom",
          "feedparser/wellformed/itunes/itunes_core_element_uppercase.xml",
              "XML element names are case-sensitive");

  private final FeedParser parser = new FeedParser();

  /** What the run found, file by file. */
  private static final class Findings {
    final List<String> failures = new ArrayList<>();
    final List<String> refused = new ArrayList<>();
    final List<String> disagreements = new ArrayList<>();
    final List<String> agreedWhereKnownToDisagree = new ArrayList<>();
    final List<String> guessedCharsets = new ArrayList<>();
  }

  @Test
  void corpusParsesAndAgreesWithExpectations() throws IOException {
    Path root = corpusRoot();
    ConformanceTable table = new ConformanceTable();
    Findings findings = new Findings();
    for (CorpusFile file : CorpusFile.load(root)) {
      run(file, table, findings);
    }
    String report = report(table, findings);
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "conformance.md"), report, StandardCharsets.UTF_8);
    assertThat(findings.failures).as("corpus failures").isEmpty();
    assertThat(findings.disagreements)
        .as("disagreements")
        .allMatch(d -> KNOWN_DISAGREEMENTS.containsKey(d.substring(0, d.indexOf(':'))));
    assertThat(findings.agreedWhereKnownToDisagree)
        .as("agree now: remove from KNOWN_DISAGREEMENTS")
        .isEmpty();
  }

  @Test
  void htmlPageIsRefused() throws IOException {
    Path page = corpusRoot().resolve("node-feedparser/notafeed.html");
    byte[] body = Files.readAllBytes(page);
    assertThatThrownBy(() -> parser.parse(body, "text/html", "http://example.org/"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("HTML");
  }

  private void run(CorpusFile file, ConformanceTable table, Findings findings) throws IOException {
    ConformanceTable.Row row = table.row(file.folder());
    row.files++;
    ParsedFeed feed = null;
    try {
      feed = parser.parse(file.bytes(), file.header("Content-Type"), file.baseUrl());
      row.parsed++;
    } catch (FeedParseException e) {
      row.refused++;
      findings.refused.add(file.path() + ": " + e.getMessage());
      if (e.getMessage() == null || !e.getMessage().startsWith("not a feed: ")) {
        findings.failures.add(file.path() + ": refused without a clear message: " + e.getMessage());
      }
    } catch (RuntimeException | StackOverflowError e) {
      row.crashed++;
      findings.failures.add(file.path() + ": " + e);
    }
    checkWellformed(file, feed != null, findings.failures);
    if (feed != null) {
      compare(file, feed, table, findings);
      feed.warnings().stream()
          .filter(w -> w.endsWith("(guessed)"))
          .forEach(w -> findings.guessedCharsets.add(file.path() + ": " + w));
    }
  }

  private static void checkWellformed(CorpusFile file, boolean parsed, List<String> failures) {
    if (!file.folder().equals("feedparser/wellformed")) {
      return;
    }
    boolean known = KNOWN_WELLFORMED_FAILURES.containsKey(file.path());
    if (!parsed && !known) {
      failures.add(file.path() + ": well-formed feed was not parsed");
    } else if (parsed && known) {
      failures.add(file.path() + ": parses now, remove it from KNOWN_WELLFORMED_FAILURES");
    }
  }

  private static void compare(
      CorpusFile file, ParsedFeed feed, ConformanceTable table, Findings findings) {
    ExpectCheck.Result r = ExpectCheck.evaluate(file.expect(), feed);
    if (r.verdict() == ExpectCheck.Verdict.NOT_CHECKED) {
      return;
    }
    ConformanceTable.Row row = table.row(file.folder());
    if (skipReason(file) != null) {
      table.skipped(row, skipReason(file));
      return;
    }
    row.checks++;
    if (r.verdict() == ExpectCheck.Verdict.AGREE) {
      row.agreed++;
      if (KNOWN_DISAGREEMENTS.containsKey(file.path())) {
        findings.agreedWhereKnownToDisagree.add(file.path());
      }
    } else {
      findings.disagreements.add(file.path() + ": " + r.detail());
    }
  }

  /**
   * Checks that test feedparser's own choices rather than reading the feed: which HTML its
   * sanitiser keeps; Content-Location as base URI (RFC 9110 dropped that; Vigil resolves against
   * the URL it fetched); and RFC 3023's rule that text/* without charset means US-ASCII, which RFC
   * 7303 replaced with the document's own declaration (Vigil follows RFC 7303).
   */
  static String skipReason(CorpusFile file) {
    if (file.path().contains("/sanitize/")) {
      return "feedparser's HTML sanitiser";
    }
    if (file.header("Content-Location") != null) {
      return "Content-Location as base URI";
    }
    String type = file.header("Content-Type");
    if (type != null
        && type.strip().toLowerCase(java.util.Locale.ROOT).startsWith("text/")
        && FeedCharset.httpCharset(type) == null
        && file.expect().contains("encoding == 'us-ascii'")) {
      return "RFC 3023 text/* default charset";
    }
    return null;
  }

  private static String report(ConformanceTable table, Findings findings) {
    StringBuilder out =
        new StringBuilder("Feed corpus conformance, measured ")
            .append(LocalDate.now())
            .append(" with `./mvnw -B test -Dtest=FeedCorpusTest`\n\n")
            .append(table.markdown())
            .append("\nExpect checks skipped:\n")
            .append(table.skipReasons());
    out.append("\nRefused (").append(findings.refused.size()).append("):\n");
    findings.refused.forEach(d -> out.append("- ").append(d).append('\n'));
    out.append("\nDisagreements (").append(findings.disagreements.size()).append("):\n");
    findings.disagreements.forEach(d -> out.append("- ").append(d).append('\n'));
    out.append("\nCharset guessed (").append(findings.guessedCharsets.size()).append("):\n");
    findings.guessedCharsets.forEach(d -> out.append("- ").append(d).append('\n'));
    return out.toString();
  }

  static Path corpusRoot() {
    String dir = System.getProperty("vigil.corpus");
    Path root = dir == null ? null : Path.of(dir);
    assumeTrue(
        root != null && Files.isRegularFile(root.resolve("manifest.jsonl")),
        "feed corpus not present");
    return root;
  }
}
