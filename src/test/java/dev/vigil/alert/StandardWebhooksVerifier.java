package dev.vigil.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification
 * (standard-webhooks spec, "Verifying webhook authenticity") and sharing no code with {@link
 * WebhookSigner}: the secret is base64 after "whsec_", the signed content is {@code
 * id.timestamp.body}, the header holds space-separated {@code v1,<base64>} signatures, and the
 * timestamp must be within a tolerance of now.
 */
final class StandardWebhooksVerifier {
  private static final Duration TOLERANCE = Duration.ofMinutes(5);
  private final byte[] key;

  StandardWebhooksVerifier(String secret) {
    key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
  }

  /** True when one of the header's v1 signatures matches and the timestamp is fresh. */
  boolean verify(Map<String, String> headers, String body, Instant now) throws Exception {
    String id = headers.get("webhook-id");
    String ts = headers.get("webhook-timestamp");
    String header = headers.get("webhook-signature");
    if (id == null || ts == null || header == null) {
      return false;
    }
    Instant sent = Instant.ofEpochSecond(Long.parseLong(ts));
    if (Duration.between(sent, now).abs().compareTo(TOLERANCE) > 0) {
      return false;
    }
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] expected = mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8));
    for (String candidate : header.split(" ")) {
      int comma = candidate.indexOf(',');
      if (comma > 0 && candidate.substring(0, comma).equals("v1")) {
        byte[] given = Base64.getDecoder().decode(candidate.substring(comma + 1));
        if (MessageDigest.isEqual(expected, given)) {
          return true;
        }
      }
    }
    return false;
  }
}
