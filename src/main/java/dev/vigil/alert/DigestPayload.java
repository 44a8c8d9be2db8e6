package dev.vigil.alert;

import dev.vigil.digest.Digest;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The JSON body of a webhook digest, version 1 (docs/webhooks.md): the alerts, each as in a single
 * alert.
 */
@Serdeable
public record DigestPayload(
    int version, String type, String digestId, String channel, int size, List<Item> alerts) {

  /** One alert of the digest, and how many other sources carried its story. */
  @Serdeable
  public record Item(WebhookPayload alert, int alsoReportedBy) {}

  static DigestPayload of(Digest d) {
    return new DigestPayload(
        WebhookPayload.VERSION,
        "vigil.digest",
        d.id(),
        d.channel(),
        d.size(),
        d.entries().stream()
            .map(e -> new Item(WebhookPayload.of(e.match()), e.alsoReportedBy()))
            .toList());
  }
}
