package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.digest.DeliveryGate;
import dev.vigil.digest.DigestEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of one (alert, channel) delivery: a first attempt, retries as the policy allows, then
 * the dead-letter topic. Kafka-free, so the retry path is tested with an injected clock.
 */
public final class DeliveryFlow {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryFlow.class);
  private static final String REFUSED_SUFFIX = "; then refused by the open circuit breaker";

  /** What a delivery flow works with; the digest flow shares it. */
  public record Parts(
      AlertDispatcher dispatcher,
      RetryPolicy policy,
      AlertOutbox outbox,
      AlertMetrics metrics,
      Clock clock,
      Random random) {}

  private final AlertDispatcher dispatcher;
  private final RetryPolicy policy;
  private final AlertOutbox outbox;
  private final AlertMetrics metrics;
  private final Clock clock;
  private final Random random;
  private final Map<String, DeliveryGate> gates;

  public DeliveryFlow(
      AlertDispatcher dispatcher,
      RetryPolicy policy,
      AlertOutbox outbox,
      AlertMetrics metrics,
      Clock clock,
      Random random) {
    this(new Parts(dispatcher, policy, outbox, metrics, clock, random), Map.of());
  }

  /**
   * @param gates the pacing of the channels that have any (digest, quiet hours, rate limit)
   */
  public DeliveryFlow(Parts parts, Map<String, DeliveryGate> gates) {
    this.gates = Map.copyOf(gates);
    this.dispatcher = parts.dispatcher();
    this.policy = parts.policy();
    this.outbox = parts.outbox();
    this.metrics = parts.metrics();
    this.clock = parts.clock();
    this.random = parts.random();
  }

  /**
   * A new match for one of its channels: the first attempt, unless the channel's pacing defers it
   * to a digest.
   */
  public void first(Match m, String channel) throws Exception {
    Instant now = clock.instant();
    DeliveryGate gate = gates.get(channel);
    if (gate != null && !dispatcher.delivered(m, channel)) {
      DeliveryGate.Decision d = gate.decide(m.ruleId(), now);
      if (!d.now()) {
        outbox.defer(DigestEntry.of(channel, m, d.at()));
        metrics.deferred(channel);
        outbox.record(DeliveryEvent.of(m, channel, DeliveryEvent.DEFERRED, 0, now, d.at(), null));
        return;
      }
    }
    after(new PendingDelivery(m, channel, 1, null, null, now), dispatcher.deliver(m, channel));
  }

  /** A record of the retry topic: null when handled, else how long until it is due. */
  public Duration retry(PendingDelivery p) throws Exception {
    Instant now = clock.instant();
    if (p.notBefore() != null && now.isBefore(p.notBefore())) {
      return Duration.between(now, p.notBefore());
    }
    metrics.retried(p.channel());
    DeliveryResult r = dispatcher.deliver(p.match(), p.channel());
    after(
        new PendingDelivery(
            p.match(), p.channel(), p.attempt() + 1, null, p.lastError(), p.startedAt()),
        r);
    return null;
  }

  /**
   * {@code made} describes the attempt just made, with the error of the one before; a failure is
   * rescheduled or dead-lettered.
   */
  private void after(PendingDelivery made, DeliveryResult r) throws Exception {
    Instant now = clock.instant();
    Match m = made.match();
    if (r.status() == DeliveryResult.Status.DELIVERED) {
      outbox.record(
          DeliveryEvent.of(
              m, made.channel(), DeliveryEvent.DELIVERED, made.attempt(), now, null, null));
    }
    if (!r.failed()) {
      return;
    }
    Instant next =
        policy.nextAttempt(made.attempt(), made.startedAt(), r.retryAfter(), now, random);
    PendingDelivery p =
        new PendingDelivery(
            m, made.channel(), made.attempt(), next, error(made, r), made.startedAt());
    if (next == null) {
      outbox.deadLetter(p);
      metrics.deadLettered(p.channel());
      outbox.record(
          DeliveryEvent.of(
              m, p.channel(), DeliveryEvent.DEAD_LETTERED, p.attempt(), now, null, p.lastError()));
      LOG.atError()
          .addKeyValue("rule_id", m.ruleId())
          .addKeyValue("channel", p.channel())
          .addKeyValue("attempts", p.attempt())
          .addKeyValue("error", p.lastError())
          .log("alert dead-lettered");
      return;
    }
    outbox.retry(p);
    outbox.record(
        DeliveryEvent.of(
            m, p.channel(), DeliveryEvent.RETRYING, p.attempt(), now, next, p.lastError()));
  }

  /**
   * A breaker's refusal keeps the endpoint's own last error: "breaker open" alone tells an operator
   * nothing.
   */
  private static String error(PendingDelivery made, DeliveryResult r) {
    String before = made.lastError();
    if (r.status() != DeliveryResult.Status.REFUSED_BY_BREAKER || before == null) {
      return r.error();
    }
    return before.endsWith(REFUSED_SUFFIX) ? before : before + REFUSED_SUFFIX;
  }
}
