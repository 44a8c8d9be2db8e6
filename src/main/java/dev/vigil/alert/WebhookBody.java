package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.digest.Digest;
import java.io.IOException;

/** Turns an alert into the body of a webhook request, in one receiver's format. */
interface WebhookBody {
  default String contentType() {
    return "application/json";
  }

  String render(Match m) throws IOException;

  /**
   * A digest as one request body, or null when the format has no digest form (a user's template):
   * then the digest's alerts go out one request each, at digest time.
   */
  default String renderDigest(Digest d) throws IOException {
    return null;
  }
}
