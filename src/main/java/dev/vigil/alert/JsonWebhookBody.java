package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.digest.Digest;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Vigil's own versioned payload ({@code format: json}, the default; docs/webhooks.md). */
final class JsonWebhookBody implements WebhookBody {
  private final JsonMapper json;

  JsonWebhookBody(JsonMapper json) {
    this.json = json;
  }

  @Override
  public String render(Match m) throws IOException {
    return new String(json.writeValueAsBytes(WebhookPayload.of(m)), StandardCharsets.UTF_8);
  }

  @Override
  public String renderDigest(Digest d) throws IOException {
    return new String(json.writeValueAsBytes(DigestPayload.of(d)), StandardCharsets.UTF_8);
  }
}
