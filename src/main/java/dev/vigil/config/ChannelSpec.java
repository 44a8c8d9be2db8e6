package dev.vigil.config;

import java.util.List;

/**
 * Where alerts go. {@code type} is {@code log}, {@code webhook} or {@code email}; the other fields
 * apply to the type that uses them.
 *
 * @param secret webhook signing secret in the Standard Webhooks form {@code whsec_<base64>}, or
 *     null
 * @param to email recipients
 * @param format webhook body: {@code json} (default), {@code slack}, {@code teams}, {@code discord}
 *     or {@code template}
 * @param template webhook: the Mustache template of the body when the format is {@code template},
 *     else null
 * @param contentType webhook: the Content-Type of a template body (default {@code
 *     application/json})
 * @param unsubscribe email: where a reader asks to stop (a {@code mailto:} or {@code https:} URL),
 *     or null
 * @param pacing immediate, digest, quiet hours, rate limit
 */
public record ChannelSpec(
    String id,
    String type,
    String url,
    String secret,
    List<String> to,
    String format,
    String template,
    String contentType,
    String unsubscribe,
    ChannelPacing pacing) {
  public ChannelSpec {
    to = to == null ? List.of() : List.copyOf(to);
    format = format == null ? "json" : format;
    contentType = contentType == null ? "application/json" : contentType;
    pacing = pacing == null ? ChannelPacing.IMMEDIATE : pacing;
  }

  /** A channel that sends every alert at once. */
  public ChannelSpec(
      String id,
      String type,
      String url,
      String secret,
      List<String> to,
      String format,
      String template,
      String contentType,
      String unsubscribe) {
    this(
        id,
        type,
        url,
        secret,
        to,
        format,
        template,
        contentType,
        unsubscribe,
        ChannelPacing.IMMEDIATE);
  }

  public static final String DEFAULT_ID = "log";

  public static ChannelSpec defaultLog() {
    return new ChannelSpec(DEFAULT_ID, "log", null, null, List.of(), null, null, null, null);
  }
}
