package dev.vigil.alert;

import dev.vigil.article.Match;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A delivery to one channel that failed and waits for another attempt (topic {@code vigil.alerts.retry}) or gave up ({@code vigil.alerts.dlq}). */
@Serdeable
public record PendingDelivery(Match match, String channel, int attempt, Instant notBefore, String lastError) {}
