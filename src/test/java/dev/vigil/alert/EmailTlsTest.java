package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.vigil.article.Match;
import dev.vigil.config.SmtpSettings;
import dev.vigil.testing.LocalSmtp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Email over TLS with a real server: SMTPS to GreenMail with a certificate made for 127.0.0.1 by
 * the JDK's keytool, trusted through {@code smtp.trust-certificate}; refused without it; and {@code
 * starttls} never falls back to clear text when the server does not offer STARTTLS.
 */
class EmailTlsTest {
  private static final String PASS = "changeit";
  @TempDir static Path dir;
  private static Path cert;
  private GreenMail smtp;
  private final Match m =
      AlertSamples.match("t1", List.of("desk"), Instant.parse("2026-01-01T00:00:00Z"));

  @BeforeAll
  static void certificate() throws Exception {
    Path store = dir.resolve("smtp.p12");
    cert = dir.resolve("smtp.pem");
    keytool(
        "-genkeypair",
        "-alias",
        "smtp",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "SAN=IP:127.0.0.1",
        "-keystore",
        store.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        PASS,
        "-keypass",
        PASS);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "smtp",
        "-keystore",
        store.toString(),
        "-storepass",
        PASS,
        "-file",
        cert.toString());
    // Read once, when GreenMail first makes a TLS server socket in this JVM; no other test does.
    System.setProperty("greenmail.tls.keystore.file", store.toString());
    System.setProperty("greenmail.tls.keystore.password", PASS);
    System.setProperty("greenmail.tls.key.password", PASS);
  }

  private static void keytool(String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isZero();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  private void start(String protocol) {
    smtp = LocalSmtp.withLogin(protocol);
  }

  private EmailChannel channel(int port, String security, Path trust) {
    SmtpSettings s =
        new SmtpSettings(
            "127.0.0.1",
            port,
            "vigil@example.org",
            "vigil",
            "s3cret",
            security,
            Duration.ofSeconds(5),
            trust);
    return new EmailChannel("desk", List.of("analyst@example.org"), null, s);
  }

  @Test
  void smtpsWithTheServersCertificateTrustedSendsAuthenticated() throws Exception {
    start(ServerSetup.PROTOCOL_SMTPS);
    channel(smtp.getSmtps().getPort(), "smtps", cert).send(m);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("wagner");
  }

  @Test
  void smtpsRefusesACertificateNothingVouchesFor() {
    start(ServerSetup.PROTOCOL_SMTPS);
    assertThatThrownBy(() -> channel(smtp.getSmtps().getPort(), "smtps", null).send(m))
        .hasStackTraceContaining("PKIX");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void starttlsNeverFallsBackToClearText() {
    start(ServerSetup.PROTOCOL_SMTP); // GreenMail's SMTP offers no STARTTLS
    assertThatThrownBy(() -> channel(smtp.getSmtp().getPort(), "starttls", cert).send(m))
        .hasStackTraceContaining("STARTTLS");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
