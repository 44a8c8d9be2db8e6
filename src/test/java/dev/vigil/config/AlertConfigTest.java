package dev.vigil.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code alerts} section and the alert-related keys of channels and smtp. */
class AlertConfigTest {
  private static VigilConfig parse(String yaml) {
    return new ConfigLoader(k -> null).parse(yaml, Path.of("vigil.yml"));
  }

  @Test
  void defaultsWhenAbsent() {
    assertThat(parse("{}").alerts()).isEqualTo(AlertSettings.DEFAULT);
  }

  @Test
  void readsRetryAndBreakerSettings() {
    AlertSettings a = parse("""
        alerts:
          retry: { first: 200ms, max: 2s, attempts: 4, max-age: 1h }
          circuit-breaker: { failures: 2, open: 30s }
        """).alerts();
    assertThat(a).isEqualTo(new AlertSettings(Duration.ofMillis(200), Duration.ofSeconds(2), 4, Duration.ofHours(1),
        2, Duration.ofSeconds(30)));
  }

  @Test
  void namesTheBadKey() {
    assertThatThrownBy(() -> parse("alerts: { retry: { first: soon, tries: 3 } }"))
        .hasMessageContaining("vigil.yml: alerts.retry.first: 'soon' is not a duration")
        .hasMessageContaining("alerts.retry: unknown key 'tries'");
  }
}
