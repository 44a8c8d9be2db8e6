package dev.vigil.alert;

import dev.vigil.article.Match;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One step in the life of an (alert, channel) delivery, for {@code bin/vigil alerts recent}: topic
 * {@code vigil.alerts.log}, keyed like the delivery log so the newest event is the delivery's
 * state.
 *
 * @param state {@code delivered}, {@code retrying}, {@code dead-lettered}, {@code replayed} or
 *     {@code deferred}
 * @param attempt attempts made so far
 * @param nextAttempt when a retrying delivery is due; null otherwise
 */
@Serdeable
public record DeliveryEvent(
    String alertId,
    String channel,
    String ruleId,
    String title,
    String link,
    String state,
    int attempt,
    Instant at,
    Instant matchedAt,
    Instant nextAttempt,
    String error) {

  public static final String DELIVERED = "delivered";
  public static final String RETRYING = "retrying";
  public static final String DEAD_LETTERED = "dead-lettered";
  public static final String REPLAYED = "replayed";

  /**
   * Waiting for the channel's digest (or the end of its quiet hours); {@code nextAttempt} says
   * when.
   */
  public static final String DEFERRED = "deferred";

  static DeliveryEvent of(
      Match m, String channel, String state, int attempt, Instant at, Instant next, String error) {
    return new DeliveryEvent(
        m.alertId(),
        channel,
        m.ruleId(),
        m.article().title(),
        m.article().link(),
        state,
        attempt,
        at,
        m.matchedAt(),
        next,
        error);
  }

  public String key() {
    return AlertDispatcher.deliveryKey(alertId, channel);
  }
}
