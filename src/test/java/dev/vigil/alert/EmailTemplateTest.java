package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mustachejava.Mustache;
import dev.vigil.article.Match;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTML email template on its own, without SMTP: content HTML when there is some, else the
 * excerpt.
 */
class EmailTemplateTest {
  private static final Mustache HTML =
      Templates.resource("email/alert.html.mustache", Templates.Escape.HTML);
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  private static String render(Match m) {
    return Templates.render(HTML, AlertView.of(m, "desk", null));
  }

  @Test
  void safeHtmlIsInsertedUnescaped() {
    String html =
        render(
            AlertSamples.match(
                "w1", "<p>Convoy <b>seen</b> &amp; counted.</p>", List.of("desk"), AT));

    assertThat(html)
        .contains(
            "<div style=\"border-top:1px solid #ddd;padding-top:0.5em\">"
                + "<p>Convoy <b>seen</b> &amp; counted.</p></div>")
        .doesNotContain("&lt;p&gt;");
  }

  @Test
  void anArticleWithoutHtmlShowsTheEscapedExcerpt() {
    // Schema 2 articles (and those with no text at all) have no HTML form.
    String html = render(AlertSamples.match("w1", List.of("desk"), AT));

    assertThat(html)
        .contains("<p>PMC Wagner seen near the border.</p>")
        .doesNotContain("border-top");
  }

  @Test
  void markupTheSanitiserRejectsNeverReachesTheTemplate() {
    String html =
        render(
            AlertSamples.match(
                "w1",
                "<svg onload=\"alert(1)\"><script>alert(2)</script></svg>"
                    + "<iframe src=\"http://127.0.0.1/x\"></iframe>",
                List.of("desk"),
                AT));

    assertThat(html)
        .doesNotContain("alert")
        .doesNotContain("svg")
        .doesNotContain("iframe")
        .contains(
            "<p>PMC Wagner seen near the border.</p>"); // nothing safe was left, so the excerpt
    // stands
  }
}
