package dev.vigil.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * SMTP server for email channels.
 *
 * @param security {@code none}, {@code starttls} or {@code smtps}; with {@code starttls} a server
 *     that does not offer it gets nothing, rather than the mail in clear text
 * @param trustCertificate a PEM or DER certificate (the server's, or its private CA's) trusted for
 *     TLS instead of the JVM's CA list; null for the JVM's list. Host names are checked either way.
 */
public record SmtpSettings(
    String host,
    int port,
    String from,
    String username,
    String password,
    String security,
    Duration timeout,
    Path trustCertificate) {

  /** A server whose certificate the JVM's CA list vouches for. */
  public SmtpSettings(
      String host,
      int port,
      String from,
      String username,
      String password,
      String security,
      Duration timeout) {
    this(host, port, from, username, password, security, timeout, null);
  }
}
