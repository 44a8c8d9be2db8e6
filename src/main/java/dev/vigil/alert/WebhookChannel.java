package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.digest.Digest;
import dev.vigil.digest.DigestEntry;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * POSTs the alert in the channel's format, signed when a secret is set; any non-2xx answer is a
 * failure.
 */
final class WebhookChannel implements AlertChannel {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private final String id;
  private final URI url;
  private final WebhookSigner signer;
  private final WebhookBody body;
  private final Clock clock;

  WebhookChannel(String id, String url, String secret, WebhookBody body, Clock clock) {
    this.id = id;
    this.url = URI.create(url);
    this.signer = secret == null ? null : new WebhookSigner(secret);
    this.body = body;
    this.clock = clock;
  }

  /** A channel sending Vigil's own JSON payload. */
  WebhookChannel(String id, String url, String secret, JsonMapper json, Clock clock) {
    this(id, url, secret, new JsonWebhookBody(json), clock);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String type() {
    return "webhook";
  }

  /** Scheme, host and port: one breaker per server, whatever the path. */
  @Override
  public String endpoint() {
    return url.getScheme() + "://" + url.getAuthority();
  }

  @Override
  public void send(Match m) throws IOException, InterruptedException, DeliveryException {
    post(body.render(m), m.alertId());
  }

  @Override
  public void sendDigest(Digest d) throws IOException, InterruptedException, DeliveryException {
    String text = body.renderDigest(d);
    if (text == null) {
      for (DigestEntry e : d.entries()) {
        send(e.match());
      }
      return;
    }
    post(text, d.id());
  }

  /** {@code id} is the webhook-id and idempotency key: the alert's, or the digest's. */
  private void post(String text, String id)
      throws IOException, InterruptedException, DeliveryException {
    long ts = clock.instant().getEpochSecond();
    HttpRequest.Builder req =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", body.contentType())
            .header("User-Agent", "Vigil-Webhook/1")
            .header("webhook-id", id)
            .header("webhook-timestamp", Long.toString(ts))
            .header("Idempotency-Key", id)
            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    if (signer != null) {
      req.header("webhook-signature", signer.sign(id, ts, text));
    }
    HttpResponse<Void> resp = CLIENT.send(req.build(), HttpResponse.BodyHandlers.discarding());
    int status = resp.statusCode();
    if (status / 100 != 2) {
      // Only 429 and 503 carry a Retry-After that means "come back later" (RFC 9110); it sets the
      // next attempt.
      Duration retryAfter =
          status == 429 || status == 503
              ? RetryAfter.parse(
                  resp.headers().firstValue("Retry-After").orElse(null), clock.instant())
              : null;
      throw new DeliveryException(
          "webhook "
              + url
              + " answered HTTP "
              + status
              + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + " s)"),
          retryAfter);
    }
  }
}
