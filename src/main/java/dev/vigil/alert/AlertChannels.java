package dev.vigil.alert;

import dev.vigil.config.ChannelSpec;
import dev.vigil.config.SmtpSettings;
import io.micronaut.json.JsonMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the configured channels, one implementation per type, looked up by the type's name. */
public final class AlertChannels {
  /** What a channel implementation may need besides its own spec. */
  private record Context(SmtpSettings smtp, JsonMapper json, Clock clock) {}

  /** Builds one channel. */
  @FunctionalInterface
  private interface Factory {
    AlertChannel create(ChannelSpec c, Context ctx);
  }

  private static final Map<String, Factory> TYPES =
      Map.of(
          "webhook",
              (c, ctx) ->
                  new WebhookChannel(
                      c.id(),
                      c.url(),
                      c.secret(),
                      WebhookFormats.create(c, ctx.json()),
                      ctx.clock()),
          "email", (c, ctx) -> new EmailChannel(c.id(), c.to(), c.unsubscribe(), ctx.smtp()),
          "log", (c, ctx) -> new LogChannel(c.id()));

  private AlertChannels() {}

  public static Map<String, AlertChannel> create(
      List<ChannelSpec> channels, SmtpSettings smtp, JsonMapper json, Clock clock) {
    Context ctx = new Context(smtp, json, clock);
    Map<String, AlertChannel> out = new LinkedHashMap<>();
    for (ChannelSpec c : channels) {
      Factory f = TYPES.get(c.type());
      if (f == null) {
        throw new IllegalArgumentException("channel " + c.id() + ": unknown type " + c.type());
      }
      out.put(c.id(), f.create(c, ctx));
    }
    return out;
  }
}
