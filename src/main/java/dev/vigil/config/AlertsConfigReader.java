package dev.vigil.config;

import dev.vigil.digest.DigestSchedule;
import dev.vigil.digest.QuietHours;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The alert-related sections of {@code vigil.yml}: {@code channels}, {@code smtp} and {@code
 * alerts}.
 */
final class AlertsConfigReader {
  static final Set<String> CHANNEL_TYPES = Set.of("log", "webhook", "email");

  private AlertsConfigReader() {}

  static SmtpSettings smtp(ConfigNode n, Path baseDir) {
    if (!n.isPresent()) {
      return null;
    }
    n.allowKeys(
        Set.of(
            "host",
            "port",
            "from",
            "username",
            "password",
            "security",
            "timeout",
            "trust-certificate"));
    String security = n.get("security").str("none");
    if (!Set.of("none", "starttls", "smtps").contains(security)) {
      n.get("security").problem("must be none, starttls or smtps, got " + security);
    }
    return new SmtpSettings(
        n.get("host").required(),
        (int) n.get("port").number(25, 1, 65535),
        n.get("from").required(),
        n.get("username").str(null),
        n.get("password").str(null),
        security,
        n.get("timeout").duration(Duration.ofSeconds(10)),
        certificate(n.get("trust-certificate"), baseDir));
  }

  /** The file must hold a certificate now, not at the first alert hours later. */
  private static Path certificate(ConfigNode n, Path baseDir) {
    String file = n.str(null);
    if (file == null) {
      return null;
    }
    Path p = baseDir == null ? Path.of(file) : baseDir.resolve(file);
    try (var in = Files.newInputStream(p)) {
      CertificateFactory.getInstance("X.509").generateCertificate(in);
      return p;
    } catch (IOException | CertificateException e) {
      n.problem("cannot read a certificate from " + p + ": " + e.getMessage());
      return null;
    }
  }

  static AlertSettings alerts(ConfigNode n) {
    n.allowKeys(Set.of("retry", "circuit-breaker", "escalate-at-sources"));
    AlertSettings d = AlertSettings.DEFAULT;
    ConfigNode r = n.get("retry").allowKeys(Set.of("first", "max", "attempts", "max-age"));
    ConfigNode b = n.get("circuit-breaker").allowKeys(Set.of("failures", "open"));
    return new AlertSettings(
        r.get("first").duration(d.retryFirst()),
        r.get("max").duration(d.retryMax()),
        (int) r.get("attempts").number(d.retryAttempts(), 1, 1000),
        r.get("max-age").duration(d.maxAge()),
        (int) b.get("failures").number(d.breakerFailures(), 1, 1000),
        b.get("open").duration(d.breakerOpen()));
  }

  static List<ChannelSpec> channels(ConfigNode n, SmtpSettings smtp, Path baseDir) {
    List<ChannelSpec> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigNode c : n.list()) {
      c.allowKeys(
          Set.of(
              "id",
              "type",
              "url",
              "secret",
              "secret-file",
              "to",
              "format",
              "template",
              "template-file",
              "content-type",
              "unsubscribe",
              "digest",
              "quiet-hours",
              "rate-limit"));
      String id = ConfigLoader.id(c.get("id"), ids);
      String type = c.get("type").required();
      if (type != null && !CHANNEL_TYPES.contains(type)) {
        c.get("type").problem("must be one of log, webhook, email, got " + type);
      }
      String url = c.get("url").str(null);
      String secret = secret(c, baseDir);
      List<String> to = c.get("to").strings();
      String template = null;
      if ("webhook".equals(type)) {
        ConfigLoader.checkHttpUrl(c.get("url"), url);
        checkSecret(c.get(c.get("secret-file").isPresent() ? "secret-file" : "secret"), secret);
        template = WebhookTemplateConfig.template(c, baseDir);
      }
      if ("email".equals(type)) {
        if (to.isEmpty()) {
          c.get("to").problem("an email channel needs at least one recipient");
        }
        if (smtp == null) {
          c.problem("an email channel needs the top-level 'smtp' section");
        }
        checkUnsubscribe(c.get("unsubscribe"));
      }
      out.add(
          new ChannelSpec(
              id,
              type,
              url,
              secret == null || secret.isEmpty() ? null : secret,
              to,
              WebhookTemplateConfig.format(c, template),
              template,
              c.get("content-type").str(null),
              c.get("unsubscribe").str(null),
              pacing(c)));
    }
    if (!ids.contains(ChannelSpec.DEFAULT_ID)) {
      out.add(ChannelSpec.defaultLog());
    }
    return out;
  }

  /**
   * {@code digest: daily 08:00 Europe/Paris}, {@code quiet-hours: 22:00-07:00 Europe/Berlin},
   * {@code rate-limit: {alerts: 10, per: 1h}}.
   */
  private static ChannelPacing pacing(ConfigNode c) {
    DigestSchedule digest = parsed(c.get("digest"), DigestSchedule::parse);
    QuietHours quiet = parsed(c.get("quiet-hours"), QuietHours::parse);
    ConfigNode r = c.get("rate-limit").allowKeys(Set.of("alerts", "per"));
    int limit = 0;
    Duration per = null;
    if (r.isPresent()) {
      limit = (int) r.get("alerts").number(0, 1, 1_000_000);
      per = r.get("per").duration(Duration.ofHours(1));
      if (!r.get("alerts").isPresent()) {
        r.get("alerts")
            .problem("is required: how many alerts per rule may go out at once within 'per'");
      }
    }
    return new ChannelPacing(digest, quiet, limit, per);
  }

  private static <T> T parsed(ConfigNode n, Function<String, T> parse) {
    String s = n.str(null);
    if (s == null) {
      return null;
    }
    try {
      return parse.apply(s);
    } catch (IllegalArgumentException e) {
      n.problem(e.getMessage());
      return null;
    }
  }

  /** mailto: or https: only: the URL schemes List-Unsubscribe (RFC 2369, RFC 8058) is used with. */
  private static void checkUnsubscribe(ConfigNode n) {
    String u = n.str(null);
    if (u != null && !u.startsWith("mailto:") && !u.startsWith("https://")) {
      n.problem("must be a mailto: or https: URL, got " + u);
    }
  }

  /**
   * The signing secret, from {@code secret} (often {@code ${ENV}}) or {@code secret-file}, a file
   * kept out of the config.
   */
  private static String secret(ConfigNode c, Path baseDir) {
    String inline = c.get("secret").str(null);
    String file = c.get("secret-file").str(null);
    if (file == null) {
      return inline;
    }
    if (inline != null) {
      c.problem("give either 'secret' or 'secret-file', not both");
    }
    Path p = baseDir == null ? Path.of(file) : baseDir.resolve(file);
    try {
      return Files.readString(p).strip();
    } catch (IOException e) {
      c.get("secret-file").problem("cannot read " + p + ": " + e.getMessage());
      return null;
    }
  }

  private static void checkSecret(ConfigNode n, String secret) {
    if (secret == null || secret.isEmpty()) {
      return;
    }
    if (!secret.startsWith("whsec_")) {
      n.problem("a webhook secret must have the form whsec_<base64>");
      return;
    }
    try {
      if (Base64.getDecoder().decode(secret.substring(6)).length < 16) {
        n.problem("the webhook secret is shorter than 16 bytes");
      }
    } catch (IllegalArgumentException e) {
      n.problem("the part after whsec_ is not base64");
    }
  }
}
