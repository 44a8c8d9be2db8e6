package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.Vigil;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code vigil parse FILE}: the JSON shows each entry's text and its safe HTML. */
class ParseCommandTest {

  @Test
  void printsTheSafeHtmlBesideTheText() throws Exception {
    Path feed =
        Path.of(getClass().getResource("/feeds/html/rss-hostile-content-encoded.xml").toURI());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int rc;
    try {
      rc = new CommandLine(new Vigil()).execute("parse", feed.toString());
    } finally {
      System.setOut(old);
    }
    String json = out.toString(StandardCharsets.UTF_8);

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
