package dev.vigil.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link SafeHtml} on its own: the size cap, missing bases, and that cleaning twice changes
 * nothing.
 */
class SafeHtmlTest {

  @Test
  void longContentIsCutAfterTheLastWholeElementThatFitsAndSaysSo() {
    String para = "<p>" + "word ".repeat(199) + "end</p>"; // 1,007 characters
    String html = SafeHtml.of("<div>" + para.repeat(100) + "</div>", "http://127.0.0.1/");

    assertThat(html.length()).isLessThanOrEqualTo(SafeHtml.MAX_CHARS);
    assertThat(html).startsWith("<div><p>word ");
    assertThat(tail(html)).endsWith("end</p></div>" + SafeHtml.CUT_NOTE);
    // 65 paragraphs fit beside the tags and the note; none is cut in the middle.
    assertThat(html.split("<p>word ", -1)).hasSize(65 + 1);
    assertThat(html.split("end</p>", -1)).hasSize(65 + 1);
  }

  @Test
  void contentWithinTheCapIsNotCut() {
    String para = "<p>" + "word ".repeat(199) + "end</p>";
    assertThat(SafeHtml.of(para.repeat(60), null)).isEqualTo(para.repeat(60));
  }

  @Test
  void longPlainTextIsCutAtAParagraph() {
    String html = SafeHtml.ofText(("x".repeat(999) + "\n\n").repeat(100));

    assertThat(html.length()).isLessThanOrEqualTo(SafeHtml.MAX_CHARS);
    assertThat(tail(html)).endsWith("x</p>" + SafeHtml.CUT_NOTE);
  }

  /** The end of a long string, so a failure does not print 64 KB. */
  private static String tail(String s) {
    return s.substring(Math.max(0, s.length() - 200));
  }

  @Test
  void relativeUrlsWithoutABaseAreDroppedNotKeptRelative() {
    assertThat(
            SafeHtml.of(
                "<a href=\"story.html\">story</a> <img src=\"a.png\"> <a href=\"https://x.test/\">x</a>",
                null))
        .isEqualTo("story  <a href=\"https://x.test/\" rel=\"nofollow noopener\">x</a>");
  }

  @Test
  void cleaningTwiceChangesNothing() {
    String once =
        SafeHtml.of(
            "<p onclick=\"x()\">a <a href=\"b.html\" target=\"_top\">b</a><script>c()</script></p>"
                + "<table><tr><td>1</td></tr></table><img src=\"/i.png\" alt=\"i\">",
            "http://127.0.0.1/d/");

    assertThat(once)
        .isEqualTo(
            "<p>a <a href=\"http://127.0.0.1/d/b.html\" rel=\"nofollow noopener\">b</a></p>"
                + "<table><tbody><tr><td>1</td></tr></tbody></table><img src=\"http://127.0.0.1/i.png\" alt=\"i\">");
    assertThat(SafeHtml.of(once, null)).isEqualTo(once);
  }
}
