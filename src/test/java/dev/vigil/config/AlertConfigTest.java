package dev.vigil.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code alerts} section and the alert-related keys of channels and smtp. */
class AlertConfigTest {
  private static VigilConfig parse(String yaml) {
    return new ConfigLoader(k -> null).parse(yaml, Path.of("vigil.yml"));
  }

  @Test
  void defaultsWhenAbsent() {
    assertThat(parse("{}").alerts()).isEqualTo(AlertSettings.DEFAULT);
  }

  @Test
  void readsRetryAndBreakerSettings() {
    AlertSettings a =
        parse(
                """
        alerts:
          retry: { first: 200ms, max: 2s, attempts: 4, max-age: 1h }
          circuit-breaker: { failures: 2, open: 30s }
          escalate-at-sources: 5
        """)
            .alerts();
    assertThat(a)
        .isEqualTo(
            new AlertSettings(
                Duration.ofMillis(200),
                Duration.ofSeconds(2),
                4,
                Duration.ofHours(1),
                2,
                Duration.ofSeconds(30)));
  }

  @Test
  void escalationIsAStorySettingUnderEitherSpelling() {
    assertThat(parse("stories: { escalate-at-sources: 4 }").stories().escalateAtSources())
        .isEqualTo(4);
    assertThat(parse("alerts: { escalate-at-sources: 5 }").stories().escalateAtSources())
        .isEqualTo(5);
    assertThat(parse("{}").stories().escalateAtSources()).isZero();
    assertThatThrownBy(
            () -> parse("stories: { escalate-at-sources: 4 }\nalerts: { escalate-at-sources: 5 }"))
        .hasMessageContaining(
            "vigil.yml: alerts.escalate-at-sources: is also set as stories.escalate-at-sources");
  }

  @Test
  void namesTheBadKey() {
    assertThatThrownBy(() -> parse("alerts: { retry: { first: soon, tries: 3 } }"))
        .hasMessageContaining("vigil.yml: alerts.retry.first: 'soon' is not a duration")
        .hasMessageContaining("alerts.retry: unknown key 'tries'");
  }

  @Test
  void readsWebhookFormatsAndTemplates(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("body.mustache"), "{\"text\": \"{{title}}\"}");
    VigilConfig c =
        new ConfigLoader(k -> null)
            .parse(
                """
        channels:
          - { id: s, type: webhook, url: 'https://hooks.slack.com/x', format: slack }
          - { id: t, type: webhook, url: 'https://example.org/t', template: 'ALERT {{title}}', content-type: text/plain }
          - { id: f, type: webhook, url: 'https://example.org/f', template-file: body.mustache }
          - { id: d, type: email, to: [a@example.org], unsubscribe: 'mailto:admin@example.org' }
        smtp: { host: 127.0.0.1, from: vigil@example.org }
        """,
                dir.resolve("vigil.yml"));
    assertThat(c.channel("s").orElseThrow().format()).isEqualTo("slack");
    ChannelSpec t = c.channel("t").orElseThrow();
    assertThat(t.format()).isEqualTo("template");
    assertThat(t.template()).isEqualTo("ALERT {{title}}");
    assertThat(t.contentType()).isEqualTo("text/plain");
    assertThat(c.channel("f").orElseThrow().template()).isEqualTo("{\"text\": \"{{title}}\"}");
    assertThat(c.channel("f").orElseThrow().contentType()).isEqualTo("application/json");
    assertThat(c.channel("d").orElseThrow().unsubscribe()).isEqualTo("mailto:admin@example.org");
  }

  @Test
  void reportsBadFormatsAndTemplates() {
    assertThatThrownBy(
            () ->
                parse(
                    """
        channels:
          - { id: a, type: webhook, url: 'https://example.org/a', format: msteams }
          - { id: b, type: webhook, url: 'https://example.org/b', format: template }
          - { id: c, type: webhook, url: 'https://example.org/c', template: '{{#open}} never closed' }
          - { id: d, type: webhook, url: 'https://example.org/d', format: slack, template: 'x' }
          - { id: e, type: email, to: [a@example.org], unsubscribe: 'ftp://x' }
        smtp: { host: 127.0.0.1, from: vigil@example.org }
        """))
        .hasMessageContaining(
            "channels[0].format: must be one of json, slack, teams, discord, template, got msteams")
        .hasMessageContaining("channels[1]: format 'template' needs 'template' or 'template-file'")
        .hasMessageContaining("channels[2].template: not a valid Mustache template")
        .hasMessageContaining(
            "channels[3].format: a template is only used with format 'template', got slack")
        .hasMessageContaining(
            "channels[4].unsubscribe: must be a mailto: or https: URL, got ftp://x");
  }

  @Test
  void readsTheWebhookSecretFromAFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("hook.secret"), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n");
    VigilConfig c =
        new ConfigLoader(k -> null)
            .parse(
                """
        channels: [ { id: ops, type: webhook, url: 'https://example.org/h', secret-file: hook.secret } ]
        """,
                dir.resolve("vigil.yml"));
    assertThat(c.channel("ops").orElseThrow().secret())
        .isEqualTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    assertThatThrownBy(
            () ->
                new ConfigLoader(k -> null)
                    .parse(
                        """
        channels: [ { id: ops, type: webhook, url: 'https://example.org/h', secret-file: missing.secret } ]
        """,
                        dir.resolve("vigil.yml")))
        .hasMessageContaining("channels[0].secret-file: cannot read");
  }

  @Test
  void readsChannelPacingAndNamesWhatIsWrong() {
    VigilConfig c =
        parse(
            """
        channels:
          - { id: a, type: log, digest: 'daily 08:00 Europe/Paris', quiet-hours: '22:00-07:00 Europe/Berlin' }
          - { id: b, type: log, rate-limit: { alerts: 5, per: 30m } }
        """);
    ChannelPacing a = c.channel("a").orElseThrow().pacing();
    assertThat(a.digest().zone()).hasToString("Europe/Paris");
    assertThat(a.quietHours().from()).hasToString("22:00");
    ChannelPacing b = c.channel("b").orElseThrow().pacing();
    assertThat(b.rateLimit()).isEqualTo(5);
    assertThat(b.rateWindow()).isEqualTo(java.time.Duration.ofMinutes(30));
    assertThat(c.channel("log").orElseThrow().pacing().immediate()).isTrue();
    assertThatThrownBy(
            () ->
                parse(
                    """
        channels:
          - { id: a, type: log, digest: weekly }
          - { id: b, type: log, quiet-hours: 'after dinner' }
          - { id: c, type: log, rate-limit: { per: 1h } }
          - { id: d, type: log, rate-limit: { alerts: 0, every: 1h } }
        smtp: { host: 127.0.0.1, from: vigil@example.org, trust-certificate: /nonexistent/ca.pem }
        """))
        .hasMessageContaining("channels[0].digest: 'weekly' is not a digest schedule")
        .hasMessageContaining("channels[1].quiet-hours: 'after dinner' is not quiet hours")
        .hasMessageContaining("channels[2].rate-limit.alerts: is required")
        .hasMessageContaining("channels[3].rate-limit.alerts: must be between 1 and 1000000, got 0")
        .hasMessageContaining("channels[3].rate-limit: unknown key 'every'")
        .hasMessageContaining(
            "smtp.trust-certificate: cannot read a certificate from /nonexistent/ca.pem");
  }
}
