package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testing.MutableClock;
import dev.vigil.testing.WebhookReceiver;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signatures on the wire checked by an independent implementation of the Standard Webhooks spec.
 */
class WebhookSignatureSpecTest {
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  @Test
  void theSpecsOwnExampleVerifies() throws Exception {
    // The example of the specification's reference test suite, checked without Vigil's signer.
    Map<String, String> h =
        Map.of(
            "webhook-id",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "webhook-timestamp",
            "1614265330",
            "webhook-signature",
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    assertThat(
            new StandardWebhooksVerifier(SECRET)
                .verify(h, "{\"test\": 2432232314}", Instant.ofEpochSecond(1614265330)))
        .isTrue();
  }

  @Test
  void everyFormatIsSignedOverTheExactBodySent() throws Exception {
    MutableClock clock = new MutableClock(Instant.now());
    StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(SECRET);
    try (WebhookReceiver hook = new WebhookReceiver()) {
      for (String format : List.of("json", "slack", "teams", "discord")) {
        var spec =
            new dev.vigil.config.ChannelSpec(
                "ops", "webhook", hook.url(), SECRET, List.of(), format, null, null, null);
        new WebhookChannel(
                "ops",
                hook.url(),
                SECRET,
                WebhookFormats.create(spec, JsonMapper.createDefault()),
                clock)
            .send(AlertSamples.match(format, List.of("ops"), clock.instant()));
      }
      assertThat(hook.received())
          .hasSize(4)
          .allSatisfy(
              r -> {
                assertThat(verifier.verify(r.headers(), r.body(), clock.instant())).isTrue();
                Map<String, String> tampered = new HashMap<>(r.headers());
                tampered.put("webhook-id", "other");
                assertThat(verifier.verify(tampered, r.body(), clock.instant())).isFalse();
                assertThat(verifier.verify(r.headers(), r.body() + " ", clock.instant())).isFalse();
                assertThat(
                        verifier.verify(
                            r.headers(), r.body(), clock.instant().plus(Duration.ofMinutes(10))))
                    .isFalse();
              });
    }
  }
}
