package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.config.SmtpSettings;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Properties;

/** Sends each alert as a multipart text + HTML email over SMTP. */
final class EmailChannel implements AlertChannel {
  private final String id;
  private final List<String> to;
  private final SmtpSettings smtp;
  private final Session session;

  EmailChannel(String id, List<String> to, SmtpSettings smtp) {
    this.id = id;
    this.to = to;
    this.smtp = smtp;
    this.session = session(smtp);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String type() {
    return "email";
  }

  /** Every email channel goes through the one SMTP server, so they share its breaker. */
  @Override
  public String endpoint() {
    return "smtp://" + smtp.host() + ":" + smtp.port();
  }

  @Override
  public void send(Match m) throws MessagingException {
    // A stable Message-ID lets mail systems drop the copy a crash between send and record may repeat.
    String messageId = "<" + m.alertId() + "." + id + "@vigil>";
    MimeMessage msg = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    msg.setFrom(new InternetAddress(smtp.from()));
    for (String r : to) {
      msg.addRecipient(Message.RecipientType.TO, new InternetAddress(r));
    }
    msg.setSubject(EmailText.subject(m), "UTF-8");
    msg.setHeader("X-Vigil-Alert-Id", m.alertId());
    msg.setHeader("X-Vigil-Rule", m.ruleId());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(EmailText.plain(m), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(EmailText.html(m), "text/html; charset=UTF-8");
    MimeMultipart alt = new MimeMultipart("alternative");
    alt.addBodyPart(text);
    alt.addBodyPart(html);
    msg.setContent(alt);
    Transport.send(msg);
  }

  private static Session session(SmtpSettings s) {
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
