package dev.vigil.alert;

import dev.vigil.article.Match;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A delivery to one channel that failed and waits for another attempt (topic {@code
 * vigil.alerts.retry}) or gave up ({@code vigil.alerts.dlq}).
 *
 * @param attempt attempts made so far
 * @param notBefore when the next attempt is due; null for at once
 * @param since when this series of attempts began (the first attempt, or a replay), for the maximum
 *     age; null in records written before the field existed, which then count from the match
 */
@Serdeable
public record PendingDelivery(
    Match match, String channel, int attempt, Instant notBefore, String lastError, Instant since) {

  /** The start of the series of attempts that the maximum age is counted from. */
  public Instant startedAt() {
    return since != null ? since : match.matchedAt();
  }
}
