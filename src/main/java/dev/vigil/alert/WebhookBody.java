package dev.vigil.alert;

import dev.vigil.article.Match;
import java.io.IOException;

/** Turns an alert into the body of a webhook request, in one receiver's format. */
interface WebhookBody {
  default String contentType() {
    return "application/json";
  }

  String render(Match m) throws IOException;
}
