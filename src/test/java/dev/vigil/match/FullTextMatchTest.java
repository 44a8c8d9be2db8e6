package dev.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.article.Page;
import dev.vigil.config.RuleSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules read the fetched page's text; summary: reads the feed's own; the snippet is the paragraph.
 */
class FullTextMatchTest {
  private static final String P1 =
      "Satellite images taken on Thursday show a convoy of military trucks moving east.";
  private static final String P4 =
      "Two of the vehicles match the profile of a Pantsir-S1 battery, the short-range air defence"
          + " system known to Nato as the SA-22, the analysts said.";
  private static final String P5 = "The deployment would be the first of its kind since 2019.";

  private static Article teaserWithPage() {
    Article teaser =
        Articles.text("Air defence unit seen in Syria", "A convoy moved east. Read more");
    return teaser.withPage(
        new Page(
            Page.FETCHED,
            null,
            "Air defence unit seen in Syria",
            P1 + "\n\n" + "Residents said so." + "\n\n" + P4 + "\n\n" + P5,
            "",
            null,
            null,
            null,
            null,
            null));
  }

  private static List<RuleHit> match(String query, Article a) throws Exception {
    try (RuleSet set =
        RuleSet.compile(List.of(new RuleSpec("r", query, List.of("log"))), List.of())) {
      return set.match(a);
    }
  }

  @Test
  void contentCoversThePageAndSummaryOnlyTheFeed() throws Exception {
    Article a = teaserWithPage();

    assertThat(match("Pantsir", a)).hasSize(1);
    assertThat(match("content:Pantsir", a)).hasSize(1);
    assertThat(match("summary:Pantsir", a)).isEmpty();
    assertThat(match("summary:convoy", a)).hasSize(1);
  }

  @Test
  void theSnippetIsTheHitsParagraph() throws Exception {
    RuleHit hit = match("Pantsir", teaserWithPage()).get(0);

    assertThat(hit.snippet()).isEqualTo(P4);
  }
}
