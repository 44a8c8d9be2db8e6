package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.vigil.article.Match;
import dev.vigil.config.SmtpSettings;
import dev.vigil.digest.Digest;
import dev.vigil.digest.DigestEntry;
import dev.vigil.testing.LocalSmtp;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Email alerts through a local GreenMail server that requires authentication. */
class EmailChannelTest {
  private GreenMail smtp;
  private final Match m =
      AlertSamples.match("w1", List.of("desk"), Instant.parse("2026-01-01T00:00:00Z"));

  @BeforeEach
  void start() {
    smtp = LocalSmtp.withLogin(ServerSetup.PROTOCOL_SMTP);
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  private EmailChannel channel(String user, String password, String unsubscribe) {
    SmtpSettings s =
        new SmtpSettings(
            "127.0.0.1",
            smtp.getSmtp().getPort(),
            "vigil@example.org",
            user,
            password,
            "none",
            Duration.ofSeconds(5));
    return new EmailChannel("desk", List.of("analyst@example.org"), unsubscribe, s);
  }

  @Test
  void authenticatesAndSendsTextAndHtmlFromTheTemplates() throws Exception {
    channel("vigil", "s3cret", "mailto:desk-admin@example.org").send(m);
    MimeMessage msg = smtp.getReceivedMessages()[0];
    assertThat(msg.getSubject()).isEqualTo("[Vigil] wagner: Wagner <convoy> & \"allies\" w1");
    assertThat(msg.getHeader("Message-ID", null)).isEqualTo("<" + m.alertId() + ".desk@vigil>");
    assertThat(msg.getHeader("List-Id", null)).isEqualTo("Vigil rule wagner <wagner.localhost>");
    assertThat(msg.getHeader("List-Unsubscribe", null))
        .isEqualTo("<mailto:desk-admin@example.org?subject=unsubscribe%20wagner%20%28desk%29>");
    MimeMultipart parts = (MimeMultipart) msg.getContent();
    String text =
        ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"); // SMTP sends CRLF
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(text)
        .startsWith("Wagner <convoy> & \"allies\" w1\nhttp://127.0.0.1/news/w1\n\nRule: wagner\n")
        .contains("Matched: Wagner\n")
        .contains("PMC Wagner seen near the border.")
        .contains("the Vigil rule 'wagner' sends to this address")
        .contains(
            "To stop these alerts: mailto:desk-admin@example.org?subject=unsubscribe%20wagner%20%28desk%29");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(html)
        .contains(
            "<a href=\"http://127.0.0.1/news/w1\">Wagner &lt;convoy&gt; &amp; &quot;allies&quot; w1</a>")
        .contains("<mark>Wagner</mark>")
        .contains("rule &lsquo;wagner&rsquo;")
        .contains("Stop these alerts")
        .doesNotContain("<convoy>");
  }

  @Test
  void theHtmlPartCarriesTheArticlesSafeHtmlAndTheTextPartStaysText() throws Exception {
    // As a forged or pre-sanitiser record could carry it: the channel cleans it again.
    Match hostile =
        AlertSamples.match(
            "w2",
            "<p onclick=\"x()\">Convoy <a href=\"2.html\">moves</a>.</p>"
                + "<script>alert(1)</script><img src=\"x.png\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">js</a>",
            List.of("desk"),
            Instant.parse("2026-01-01T00:00:00Z"));
    channel("vigil", "s3cret", null).send(hostile);
    MimeMultipart parts = (MimeMultipart) smtp.getReceivedMessages()[0].getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();

    assertThat(html)
        .contains(
            "<p>Convoy <a href=\"http://127.0.0.1/news/2.html\" rel=\"nofollow noopener\">moves</a>.</p>"
                + "<img src=\"http://127.0.0.1/news/x.png\">js</div>")
        .doesNotContain("script")
        .doesNotContain("alert")
        .doesNotContain("onclick")
        .doesNotContain("onerror")
        .doesNotContain("PMC Wagner seen near the border."); // the excerpt gives way to the content
    assertThat(text)
        .contains("PMC Wagner seen near the border.")
        .doesNotContain("<p")
        .doesNotContain("Convoy");
  }

  @Test
  void withoutUnsubscribeTheFooterStillNamesTheRule() throws Exception {
    channel("vigil", "s3cret", null).send(m);
    MimeMessage msg = smtp.getReceivedMessages()[0];
    assertThat(msg.getHeader("List-Unsubscribe")).isNull();
    String text = (String) ((MimeMultipart) msg.getContent()).getBodyPart(0).getContent();
    assertThat(text).contains("the Vigil rule 'wagner'").doesNotContain("To stop");
  }

  @Test
  void aWrongPasswordIsAFailedDelivery() {
    assertThatThrownBy(() -> channel("vigil", "wrong", null).send(m))
        .isInstanceOf(AuthenticationFailedException.class);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aDigestIsOneMessageGroupedByRuleWithItsOwnIdAndFooter() throws Exception {
    Match other = AlertSamples.match("w2", List.of("desk"), Instant.parse("2026-01-01T00:05:00Z"));
    Digest d =
        Digest.of(
            "desk",
            List.of(
                DigestEntry.of("desk", m, Instant.EPOCH),
                new DigestEntry("desk", other, Instant.EPOCH, 3)));
    channel("vigil", "s3cret", "mailto:desk-admin@example.org").sendDigest(d);
    MimeMessage msg = smtp.getReceivedMessages()[0];
    assertThat(msg.getSubject()).isEqualTo("[Vigil] Digest: 2 alerts: wagner (2)");
    assertThat(msg.getHeader("Message-ID", null)).isEqualTo("<" + d.id() + ".desk@vigil>");
    assertThat(msg.getHeader("List-Unsubscribe", null))
        .contains("unsubscribe%20digest%20of%20wagner");
    MimeMultipart parts = (MimeMultipart) msg.getContent();
    String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(text)
        .startsWith("Vigil digest: 2 alerts (wagner (2))\n\n== wagner (2) ==\n")
        .contains("* Wagner <convoy> & \"allies\" w1\n  http://127.0.0.1/news/w1\n")
        .contains("Also reported by 2 other sources.")
        .contains("To stop these alerts: mailto:");
    assertThat(html)
        .contains("Wagner &lt;convoy&gt; &amp; &quot;allies&quot; w2")
        .doesNotContain("<convoy>")
        .contains("Also reported by 2 other sources.");
  }
}
