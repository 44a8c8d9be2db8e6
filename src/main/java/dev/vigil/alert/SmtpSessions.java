package dev.vigil.alert;

import dev.vigil.config.SmtpSettings;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/** A Jakarta Mail session for the configured server: SMTPS or STARTTLS, authentication, timeouts. */
final class SmtpSessions {
  private SmtpSessions() {}

  static Session create(SmtpSettings s) {
    Properties p = new Properties();
    String proto = "smtps".equals(s.security()) ? "smtps" : "smtp";
    p.put("mail.transport.protocol", proto);
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
    if (s.username() == null) {
      return Session.getInstance(p);
    }
    p.put("mail." + proto + ".auth", "true");
    return Session.getInstance(p, new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(s.username(), s.password() == null ? "" : s.password());
      }
    });
  }
}
