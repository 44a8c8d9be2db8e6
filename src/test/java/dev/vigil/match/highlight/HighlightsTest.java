package dev.vigil.match.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.Articles;
import dev.vigil.match.RuleHit;
import dev.vigil.match.RuleSet;
import dev.vigil.match.analysis.ArticleDocument;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

public class HighlightsTest {
  private static RuleHit hit(String query, Article a) throws IOException {
    try (RuleSet set =
        RuleSet.compile(List.of(new RuleSpec("r", query, List.of("log"))), List.of())) {
      List<RuleHit> hits = set.match(a);
      assertThat(hits).hasSize(1);
      return hits.get(0);
    }
  }

  @Test
  void spansPointIntoTheirFieldText() throws IOException {
    Article a =
        Articles.text("Pantsir hit", "An SA-22 battery near Latakia was hit by an SA-22s strike.");
    RuleHit h = hit("sa-22 OR title:pantsir", a);
    assertThat(h.spans())
        .extracting(TextSpan::field, TextSpan::text)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("content", "SA-22"),
            org.assertj.core.api.Assertions.tuple("content", "SA-22"),
            org.assertj.core.api.Assertions.tuple("title", "Pantsir"));
    String content = ArticleDocument.content(a);
    h.spans().stream()
        .filter(s -> s.field().equals("content"))
        .forEach(s -> assertThat(content.substring(s.start(), s.end())).isEqualTo(s.text()));
    assertThat(h.terms()).containsExactly("SA-22", "Pantsir");
  }

  @Test
  void caseAndRegexHitsAreReportedAsContent() throws IOException {
    RuleHit h = hit("case:US re:/US-\\d+/", Articles.body("The US-12 convoy"));
    assertThat(h.spans()).extracting(TextSpan::field).containsOnly("content");
    assertThat(h.spans()).extracting(TextSpan::text).contains("US-12");
  }

  @Test
  void theSnippetSurroundsTheFirstSpan() throws IOException {
    String filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(10);
    Article a = Articles.body(filler + "The Wagner column crossed the border. " + filler);
    RuleHit h = hit("wagner", a);
    assertThat(h.snippet()).contains("Wagner column crossed").startsWith("…").endsWith("…");
    assertThat(h.snippet().length()).isBetween(150, 230);
    assertThat(h.snippet()).doesNotContain("  ");
  }

  @Test
  void aShortArticleIsItsOwnSnippet() throws IOException {
    assertThat(hit("wagner", Articles.text("Wagner", "left Mali.")).snippet())
        .isEqualTo("Wagner left Mali.");
  }

  @Test
  void runsOfWhitespaceInTheSnippetBecomeOneSpace() throws IOException {
    assertThat(
            hit("wagner", Articles.body("The Wagner\tcolumn   crossed\r\n\nthe border.")).snippet())
        .isEqualTo("The Wagner column crossed the border.");
    assertThat(hit("wagner", Articles.body("The Wagner column crossed the border.")).snippet())
        .isEqualTo("The Wagner column crossed the border.");
  }

  @Test
  void aCollapsedStretchIsTheStretchWithItsWhitespaceRunsCollapsed() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    char[] alphabet = {
      'a', 'b', ' ', ' ', '\n', '\t', '\r', '\u000B', '\f', '\u00A0', '\u2003', 'é'
    };
    for (int n = 0; n < 2_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      Highlights.Collapsed c = Highlights.Collapsed.of(s);
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      assertThat(c.between(from, to).strip())
          .as("[%s] %d..%d", s, from, to)
          .isEqualTo(s.substring(from, to).replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").strip());
    }
  }
}
