package dev.vigil.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies the Standard Webhooks way: {@code v1,<base64 HMAC-SHA256 of
 * id.timestamp.body>}, keyed with the secret given as {@code whsec_<base64>}.
 */
public final class WebhookSigner {
  private static final String PREFIX = "whsec_";
  private final byte[] key;

  public WebhookSigner(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      throw new IllegalArgumentException("a webhook secret must have the form whsec_<base64>");
    }
    this.key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
  }

  /** The value of the {@code webhook-signature} header. */
  public String sign(String msgId, long timestampSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig =
          mac.doFinal(
              (msgId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("JDK without HmacSHA256", e);
    }
  }
}
