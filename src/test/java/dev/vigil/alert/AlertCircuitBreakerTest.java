package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertCircuitBreakerTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

  @Test
  void opensAfterConsecutiveFailuresAndSaysWhenToComeBack() {
    for (int i = 0; i < 3; i++) {
      assertThat(breaker.tryAcquire()).isNull();
      breaker.onFailure();
    }
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    clock.advance(Duration.ofSeconds(10));
    assertThat(breaker.tryAcquire()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void aSuccessResetsTheCount() {
    breaker.onFailure();
    breaker.onFailure();
    breaker.onSuccess();
    breaker.onFailure();
    breaker.onFailure();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void letsOneProbeThroughAfterTheOpenPeriod() {
    for (int i = 0; i < 3; i++) {
      breaker.onFailure();
    }
    clock.advance(Duration.ofSeconds(30));
    assertThat(breaker.tryAcquire()).as("the probe").isNull();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    assertThat(breaker.tryAcquire()).as("others wait for the probe").isNotNull();
    breaker.onFailure();
    assertThat(breaker.state())
        .as("a failed probe opens it again")
        .isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(breaker.tryAcquire()).isEqualTo(Duration.ofSeconds(30));

    clock.advance(Duration.ofSeconds(30));
    assertThat(breaker.tryAcquire()).isNull();
    breaker.onSuccess();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.tryAcquire()).isNull();
  }
}
