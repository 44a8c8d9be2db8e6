package dev.vigil.alert;

import dev.vigil.config.ChannelSpec;
import dev.vigil.config.VigilConfig;
import io.micronaut.json.JsonMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the configured channels, one implementation per type. */
public final class AlertChannels {
  private AlertChannels() {}

  public static Map<String, AlertChannel> create(VigilConfig config, JsonMapper json, Clock clock) {
    Map<String, AlertChannel> out = new LinkedHashMap<>();
    for (ChannelSpec c : config.channels()) {
      AlertChannel ch = switch (c.type()) {
        case "webhook" -> new WebhookChannel(c.id(), c.url(), c.secret(), json, clock);
        case "email" -> new EmailChannel(c.id(), c.to(), config.smtp());
        default -> new LogChannel(c.id());
      };
      out.put(c.id(), ch);
    }
    return out;
  }
}
