package dev.vigil.alert;

import dev.vigil.config.ChannelSpec;
import io.micronaut.json.JsonMapper;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** The webhook body formats by the name used in the config's {@code format} key. */
public final class WebhookFormats {
  private static final Map<String, BiFunction<ChannelSpec, JsonMapper, WebhookBody>> FORMATS =
      Map.of(
          "json", (c, json) -> new JsonWebhookBody(json),
          "slack", (c, json) -> new SlackWebhookBody(json),
          "teams", (c, json) -> new TeamsWebhookBody(json),
          "discord", (c, json) -> new DiscordWebhookBody(json),
          "template", (c, json) -> new TemplateWebhookBody(c.id(), c.template(), c.contentType()));

  private WebhookFormats() {}

  public static Set<String> names() {
    return FORMATS.keySet();
  }

  static WebhookBody create(ChannelSpec c, JsonMapper json) {
    BiFunction<ChannelSpec, JsonMapper, WebhookBody> f = FORMATS.get(c.format());
    if (f == null) {
      throw new IllegalArgumentException(
          "channel " + c.id() + ": unknown webhook format " + c.format());
    }
    return f.apply(c, json);
  }
}
