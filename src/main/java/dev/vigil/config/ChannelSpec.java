package dev.vigil.config;

import java.util.List;

/**
 * Where alerts go. {@code type} is {@code log}, {@code webhook} or {@code email}; the other fields
 * apply to the type that uses them.
 *
 * @param secret webhook signing secret in the Standard Webhooks form {@code whsec_<base64>}, or null
 * @param to email recipients
 */
public record ChannelSpec(String id, String type, String url, String secret, List<String> to) {
  public ChannelSpec {
    to = to == null ? List.of() : List.copyOf(to);
  }

  public static final String DEFAULT_ID = "log";

  public static ChannelSpec defaultLog() {
    return new ChannelSpec(DEFAULT_ID, "log", null, null, List.of());
  }
}
