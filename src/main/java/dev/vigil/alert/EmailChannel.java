package dev.vigil.alert;

import com.github.mustachejava.Mustache;
import dev.vigil.article.Match;
import dev.vigil.config.SmtpSettings;
import dev.vigil.digest.Digest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Sends each alert as a multipart text + HTML email over SMTP, both rendered from the Mustache
 * templates in {@code templates/email/}. Headers name the rule, so mail filters can sort by it.
 */
final class EmailChannel implements AlertChannel {
  private static final Mustache SUBJECT =
      Templates.resource("email/subject.mustache", Templates.Escape.TEXT);
  private static final Mustache TEXT =
      Templates.resource("email/alert.txt.mustache", Templates.Escape.TEXT);
  private static final Mustache HTML =
      Templates.resource("email/alert.html.mustache", Templates.Escape.HTML);
  private static final Mustache DIGEST_SUBJECT =
      Templates.resource("email/digest-subject.mustache", Templates.Escape.TEXT);
  private static final Mustache DIGEST_TEXT =
      Templates.resource("email/digest.txt.mustache", Templates.Escape.TEXT);
  private static final Mustache DIGEST_HTML =
      Templates.resource("email/digest.html.mustache", Templates.Escape.HTML);

  private final String id;
  private final List<String> to;
  private final String unsubscribe;
  private final SmtpSettings smtp;
  private final Session session;

  EmailChannel(String id, List<String> to, String unsubscribe, SmtpSettings smtp) {
    this.id = id;
    this.to = to;
    this.unsubscribe = unsubscribe;
    this.smtp = smtp;
    this.session = SmtpSessions.create(smtp);
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
    Map<String, Object> view = AlertView.of(m, id, unsubscribeUrl(m.ruleId()));
    // A stable Message-ID lets mail systems drop the copy a crash between send and record may
    // repeat.
    MimeMessage msg =
        message("<" + m.alertId() + "." + id + "@vigil>", Templates.render(SUBJECT, view));
    msg.setHeader("X-Vigil-Alert-Id", m.alertId());
    msg.setHeader("X-Vigil-Rule", m.ruleId());
    // RFC 2919: one "list" per rule, so a reader can filter or mute a rule in any mail client.
    msg.setHeader("List-Id", "Vigil rule " + m.ruleId() + " <" + m.ruleId() + ".localhost>");
    send(msg, view, TEXT, HTML);
  }

  @Override
  public void sendDigest(Digest d) throws MessagingException {
    String rules = String.join(", ", d.byRule().keySet());
    Map<String, Object> view = DigestView.of(d, unsubscribeUrl("digest of " + rules));
    MimeMessage msg =
        message("<" + d.id() + "." + id + "@vigil>", Templates.render(DIGEST_SUBJECT, view));
    msg.setHeader("X-Vigil-Digest-Id", d.id());
    msg.setHeader("X-Vigil-Rule", rules);
    msg.setHeader("List-Id", "Vigil digest " + id + " <" + id + ".digest.localhost>");
    send(msg, view, DIGEST_TEXT, DIGEST_HTML);
  }

  private MimeMessage message(String messageId, String subject) throws MessagingException {
    MimeMessage msg =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    msg.setFrom(new InternetAddress(smtp.from()));
    for (String r : to) {
      msg.addRecipient(Message.RecipientType.TO, new InternetAddress(r));
    }
    msg.setSubject(subject.strip(), "UTF-8");
    return msg;
  }

  private static void send(
      MimeMessage msg, Map<String, Object> view, Mustache textTemplate, Mustache htmlTemplate)
      throws MessagingException {
    if (view.get("unsubscribe") != null) {
      msg.setHeader("List-Unsubscribe", "<" + view.get("unsubscribe") + ">");
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(Templates.render(textTemplate, view), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(Templates.render(htmlTemplate, view), "text/html; charset=UTF-8");
    MimeMultipart alt = new MimeMultipart("alternative");
    alt.addBodyPart(text);
    alt.addBodyPart(html);
    msg.setContent(alt);
    Transport.send(msg);
  }

  /** A mailto: gets a subject naming the rule, so whoever reads the requests knows what to stop. */
  private String unsubscribeUrl(String what) {
    if (unsubscribe == null) {
      return null;
    }
    if (!unsubscribe.startsWith("mailto:") || unsubscribe.contains("?")) {
      return unsubscribe;
    }
    String subject =
        URLEncoder.encode("unsubscribe " + what + " (" + id + ")", StandardCharsets.UTF_8)
            .replace("+", "%20");
    return unsubscribe + "?subject=" + subject;
  }
}
