package dev.vigil.alert;

import dev.vigil.config.SmtpSettings;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A Jakarta Mail session for the configured server: SMTPS or STARTTLS, authentication, timeouts.
 */
final class SmtpSessions {
  private SmtpSessions() {}

  static Session create(SmtpSettings s) {
    Properties p = new Properties();
    String proto = "smtps".equals(s.security()) ? "smtps" : "smtp";
    p.put("mail.transport.protocol", proto);
    // Transport.send picks the transport by address type, which maps to plain smtp unless told
    // otherwise.
    p.put("mail.transport.protocol.rfc822", proto);
    p.put("mail." + proto + ".host", s.host());
    p.put("mail." + proto + ".port", Integer.toString(s.port()));
    String ms = Long.toString(s.timeout().toMillis());
    p.put("mail." + proto + ".connectiontimeout", ms);
    p.put("mail." + proto + ".timeout", ms);
    p.put("mail." + proto + ".writetimeout", ms);
    if ("starttls".equals(s.security())) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    // The certificate must name the host: without this, Jakarta Mail accepts any trusted
    // certificate.
    p.put("mail." + proto + ".ssl.checkserveridentity", "true");
    if (s.trustCertificate() != null) {
      p.put("mail." + proto + ".ssl.socketFactory", trusting(s.trustCertificate()));
    }
    if (s.username() == null) {
      return Session.getInstance(p);
    }
    p.put("mail." + proto + ".auth", "true");
    return Session.getInstance(
        p,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(
                s.username(), s.password() == null ? "" : s.password());
          }
        });
  }

  /**
   * TLS that trusts exactly the certificate in {@code file} (a server's own, or a private CA's).
   */
  private static SSLSocketFactory trusting(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry(
          "smtp", CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, tmf.getTrustManagers(), null);
      return tls.getSocketFactory();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot trust the certificate in " + file + ": " + e.getMessage(), e);
    }
  }
}
