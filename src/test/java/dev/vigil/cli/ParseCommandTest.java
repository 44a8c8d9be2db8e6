package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testing.Stdout;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code vigil parse FILE}: the JSON shows each entry's text and its safe HTML. */
class ParseCommandTest {

  @Test
  void printsTheSafeHtmlBesideTheText() throws Exception {
    Path feed =
        Path.of(getClass().getResource("/feeds/html/rss-hostile-content-encoded.xml").toURI());
    Stdout run = Stdout.of("parse", feed.toString());
    String json = run.text();
    int rc = run.code();

    assertThat(rc).isZero();
    assertThat(json)
        .contains("\"text\":\"Only a description.\"")
        .contains(
            "\"html\":\"<p>Only a <a href=\\\"http://127.0.0.1/site/2026/11/more.html\\\" "
                + "rel=\\\"nofollow noopener\\\">description</a>.</p>\"")
        .doesNotContain("<script")
        .doesNotContain("onload");
  }
}
