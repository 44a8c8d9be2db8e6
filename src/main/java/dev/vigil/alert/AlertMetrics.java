package dev.vigil.alert;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;

/**
 * The alert stage's meters, per channel, in one place so their names stay consistent: {@code
 * vigil.alerts.sent|failed|retried|dead_lettered|short_circuited|duplicates|deferred} counters and
 * the {@code vigil.alerts.delay} timer (match to delivery) with a percentile histogram; and {@code
 * vigil.alerts.suppressed_copies} per rule and channel: alerts not sent because an earlier copy of
 * the same story already alerted for that rule.
 */
public final class AlertMetrics {
  private final MeterRegistry registry;

  public AlertMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * Creates every meter at zero, so a dashboard shows 0 rather than no data for a quiet channel.
   */
  public AlertMetrics register(Collection<String> channelIds) {
    for (String ch : channelIds) {
      for (String name :
          new String[] {
            "sent",
            "failed",
            "retried",
            "dead_lettered",
            "short_circuited",
            "duplicates",
            "deferred"
          }) {
        counter(name, ch);
      }
      delayTimer(ch);
    }
    return this;
  }

  void sent(String channel, Duration sinceMatch) {
    counter("sent", channel).increment();
    delayTimer(channel).record(sinceMatch.isNegative() ? Duration.ZERO : sinceMatch);
  }

  void failed(String channel) {
    counter("failed", channel).increment();
  }

  void retried(String channel) {
    counter("retried", channel).increment();
  }

  void deadLettered(String channel) {
    counter("dead_lettered", channel).increment();
  }

  void shortCircuited(String channel) {
    counter("short_circuited", channel).increment();
  }

  void deferred(String channel) {
    counter("deferred", channel).increment();
  }

  void duplicate(String channel) {
    counter("duplicates", channel).increment();
  }

  void suppressedCopy(String rule, String channel) {
    registry
        .counter("vigil.alerts.suppressed_copies", "rule", rule, "channel", channel)
        .increment();
  }

  private Counter counter(String name, String channel) {
    return registry.counter("vigil.alerts." + name, "channel", channel);
  }

  private Timer delayTimer(String channel) {
    // Histogram buckets let Prometheus compute delay percentiles across instances and time windows.
    return Timer.builder("vigil.alerts.delay")
        .description("time from match to delivery")
        .tag("channel", channel)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofDays(1))
        .register(registry);
  }
}
