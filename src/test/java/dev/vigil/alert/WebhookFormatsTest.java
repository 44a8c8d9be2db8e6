package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Match;
import dev.vigil.config.ChannelSpec;
import dev.vigil.digest.Digest;
import dev.vigil.digest.DigestEntry;
import dev.vigil.testing.MutableClock;
import dev.vigil.testing.WebhookReceiver;
import io.micronaut.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ready-made bodies parse as JSON of the receivers' documented shapes, and templates escape.
 */
class WebhookFormatsTest {
  private final JsonMapper json = JsonMapper.createDefault();
  private final Match m =
      AlertSamples.match("w1", List.of("ops"), Instant.parse("2026-01-01T00:00:00Z"));

  private static ChannelSpec spec(String format, String template, String contentType) {
    return new ChannelSpec(
        "ops",
        "webhook",
        "http://127.0.0.1/hook",
        null,
        List.of(),
        format,
        template,
        contentType,
        null);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> render(String format) throws Exception {
    String body = WebhookFormats.create(spec(format, null, null), json).render(m);
    return json.readValue(body, Map.class);
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(Object node, Object... path) {
    Object n = node;
    for (Object p : path) {
      n = p instanceof Integer i ? ((List<Object>) n).get(i) : ((Map<String, Object>) n).get(p);
    }
    return (T) n;
  }

  @Test
  void slackBlocksLinkTheHeadlineAndEscapeMrkdwn() throws Exception {
    Map<String, Object> b = render("slack");
    assertThat((String) b.get("text")).isEqualTo("[wagner] Wagner <convoy> & \"allies\" w1");
    assertThat((String) at(b, "blocks", 0, "type")).isEqualTo("section");
    assertThat((String) at(b, "blocks", 0, "text", "text"))
        .startsWith(
            "*<http://127.0.0.1/news/w1|Wagner &lt;convoy&gt; &amp; \"allies\" w1>*\nPMC Wagner");
    assertThat((String) at(b, "blocks", 1, "elements", 0, "text"))
        .contains("Rule *wagner*")
        .contains("Example World");
  }

  @Test
  void teamsGetsAnAdaptiveCardInAMessage() throws Exception {
    Map<String, Object> b = render("teams");
    assertThat((String) b.get("type")).isEqualTo("message");
    assertThat((String) at(b, "attachments", 0, "contentType"))
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    Map<String, Object> card = at(b, "attachments", 0, "content");
    assertThat(card)
        .containsEntry("type", "AdaptiveCard")
        .containsEntry("version", "1.4")
        .containsKey("$schema");
    assertThat((String) at(card, "body", 0, "text")).isEqualTo("Wagner <convoy> & \"allies\" w1");
    assertThat((String) at(card, "body", 2, "facts", 0, "value")).isEqualTo("wagner");
    assertThat((String) at(card, "actions", 0, "url")).isEqualTo("http://127.0.0.1/news/w1");
  }

  @Test
  void discordGetsOneEmbedAndPingsNobody() throws Exception {
    Map<String, Object> b = render("discord");
    assertThat((String) at(b, "embeds", 0, "title")).isEqualTo("Wagner <convoy> & \"allies\" w1");
    assertThat((String) at(b, "embeds", 0, "url")).isEqualTo("http://127.0.0.1/news/w1");
    assertThat((String) at(b, "embeds", 0, "timestamp")).isEqualTo("2026-01-01T00:00:00Z");
    assertThat((String) at(b, "embeds", 0, "fields", 0, "value")).isEqualTo("wagner");
    assertThat((List<?>) at(b, "allowed_mentions", "parse")).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aJsonTemplateEscapesArticleTextIntoValidJson() throws Exception {
    String tpl =
        """
        {"msg": "{{rule}}: {{title}}", "url": "{{link}}", "terms": [{{#terms}}"{{.}}",{{/terms}}"-"]}""";
    String body =
        WebhookFormats.create(spec("template", tpl, null), json)
            .render(
                Match.of("r", List.of("ops"), List.of("a\"b", "c\\d"), m.article(), m.matchedAt()));
    Map<String, Object> b = json.readValue(body, Map.class);
    assertThat(b)
        .containsEntry("msg", "r: Wagner <convoy> & \"allies\" w1")
        .containsEntry("url", "http://127.0.0.1/news/w1");
    assertThat((List<Object>) b.get("terms")).containsExactly("a\"b", "c\\d", "-");
  }

  @Test
  void aTextTemplateIsSentAsItIsWithItsContentType() throws Exception {
    try (WebhookReceiver hook = new WebhookReceiver()) {
      ChannelSpec c =
          new ChannelSpec(
              "ops",
              "webhook",
              hook.url(),
              null,
              List.of(),
              "template",
              "ALERT {{rule}} {{title}}",
              "text/plain; charset=utf-8",
              null);
      new WebhookChannel(
              "ops",
              hook.url(),
              null,
              WebhookFormats.create(c, json),
              new MutableClock(Instant.now()))
          .send(m);
      assertThat(hook.received().get(0).body())
          .isEqualTo("ALERT wagner Wagner <convoy> & \"allies\" w1");
      assertThat(hook.received().get(0).headers())
          .containsEntry("content-type", "text/plain; charset=utf-8")
          .containsEntry("webhook-id", m.alertId());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void digestsRenderAsOneMessageInEveryReadyMadeFormat() throws Exception {
    Match other = AlertSamples.match("w2", List.of("ops"), Instant.parse("2026-01-01T00:05:00Z"));
    Digest d =
        Digest.of(
            "ops",
            List.of(
                DigestEntry.of("ops", m, Instant.EPOCH),
                new DigestEntry("ops", other, Instant.EPOCH, 4)));
    Map<String, Object> own =
        json.readValue(
            WebhookFormats.create(spec("json", null, null), json).renderDigest(d), Map.class);
    assertThat(own)
        .containsEntry("type", "vigil.digest")
        .containsEntry("digestId", d.id())
        .containsEntry("size", 2);
    assertThat((String) at(own, "alerts", 1, "alert", "alertId")).isEqualTo(other.alertId());
    assertThat((Integer) at(own, "alerts", 1, "alsoReportedBy")).isEqualTo(3);

    String slack = WebhookFormats.create(spec("slack", null, null), json).renderDigest(d);
    Map<String, Object> s = json.readValue(slack, Map.class);
    assertThat((String) s.get("text")).isEqualTo("Vigil digest: 2 alerts");
    assertThat((String) at(s, "blocks", 1, "text", "text"))
        .contains("<http://127.0.0.1/news/w1|Wagner &lt;convoy&gt; &amp; \"allies\" w1>")
        .contains("w2> · Example World · also reported by 3 other sources");

    Map<String, Object> teams =
        json.readValue(
            WebhookFormats.create(spec("teams", null, null), json).renderDigest(d), Map.class);
    assertThat((String) at(teams, "attachments", 0, "content", "body", 2, "text"))
        .startsWith("[wagner] [Wagner <convoy> & \"allies\" w2](http://127.0.0.1/news/w2)");

    Map<String, Object> discord =
        json.readValue(
            WebhookFormats.create(spec("discord", null, null), json).renderDigest(d), Map.class);
    assertThat((String) at(discord, "embeds", 0, "description"))
        .contains("(http://127.0.0.1/news/w1)")
        .contains("also reported by 3");
    assertThat((List<Object>) at(discord, "allowed_mentions", "parse")).isEmpty();

    assertThat(
            WebhookFormats.create(spec("template", "{{title}}", "text/plain"), json)
                .renderDigest(d))
        .as("a user's template renders alerts, so a digest sends them one by one")
        .isNull();
  }
}
