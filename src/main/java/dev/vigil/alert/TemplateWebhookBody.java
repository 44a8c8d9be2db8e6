package dev.vigil.alert;

import com.github.mustachejava.Mustache;
import dev.vigil.article.Match;

/**
 * A body written by the user as a Mustache template ({@code format: template}). When the content
 * type is JSON, {@code {{name}}} values are escaped for use inside JSON strings, so article text
 * cannot break the document; otherwise they are inserted as they are.
 */
final class TemplateWebhookBody implements WebhookBody {
  private final String channel;
  private final String contentType;
  private final Mustache template;

  TemplateWebhookBody(String channel, String template, String contentType) {
    this.channel = channel;
    this.contentType = contentType;
    boolean json = contentType.toLowerCase().contains("json");
    this.template =
        Templates.inline(
            template, "channel " + channel, json ? Templates.Escape.JSON : Templates.Escape.TEXT);
  }

  @Override
  public String contentType() {
    return contentType;
  }

  @Override
  public String render(Match m) {
    return Templates.render(template, AlertView.of(m, channel, null));
  }
}
