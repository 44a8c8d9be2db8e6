package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.digest.Digest;
import dev.vigil.digest.DigestEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one delivery attempt of one match to one channel, at most once per (alert, channel), behind
 * the endpoint's circuit breaker. What to do after a failure is {@link DeliveryFlow}'s business.
 */
public class AlertDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  private final Map<String, AlertChannel> channels;
  private final DeliveryLog log;
  private final CircuitBreakers breakers;
  private final AlertMetrics metrics;
  private final Clock clock;

  public AlertDispatcher(
      Map<String, AlertChannel> channels,
      DeliveryLog log,
      CircuitBreakers breakers,
      AlertMetrics metrics,
      Clock clock) {
    this.channels = channels;
    this.log = log;
    this.breakers = breakers;
    this.metrics = metrics;
    this.clock = clock;
  }

  public static String deliveryKey(String alertId, String channelId) {
    return alertId + "/" + channelId;
  }

  /**
   * Takes in the deliveries other instances and stages recorded (see {@link DeliveryLog#refresh}).
   */
  public void refresh() {
    log.refresh();
  }

  /** Makes the deliveries this thread recorded durable (see {@link DeliveryLog#flush}). */
  public void flush() throws Exception {
    log.flush();
  }

  /** True when the alert already reached the channel, at once or in a digest. */
  public boolean delivered(Match m, String channelId) {
    return log.delivered(deliveryKey(m.alertId(), channelId));
  }

  /**
   * Counts an alert dropped because it already reached the channel: a replay, or a later copy of
   * its story.
   */
  void countRepeat(Match m, String channelId) {
    metrics.duplicate(channelId);
    if (!m.story().first() && !m.story().escalation()) {
      metrics.suppressedCopy(m.ruleId(), channelId);
      LOG.atDebug()
          .addKeyValue("rule_id", m.ruleId())
          .addKeyValue("channel", channelId)
          .addKeyValue("article_id", m.article().id())
          .addKeyValue("story_id", m.story().id())
          .log("alert suppressed: a copy of a story already alerted");
    }
  }

  /** Tries once; throws only when the delivery log cannot be read or written. */
  public DeliveryResult deliver(Match m, String channelId) throws Exception {
    if (delivered(m, channelId)) {
      countRepeat(m, channelId);
      return DeliveryResult.ALREADY_DELIVERED;
    }
    return attempt(channelId, List.of(m), ch -> ch.send(m));
  }

  /**
   * Tries once to send the digest as one message; on success every alert in it counts as delivered.
   * The caller leaves out the alerts already delivered.
   */
  public DeliveryResult deliverDigest(Digest d) throws Exception {
    return attempt(
        d.channel(), d.entries().stream().map(DigestEntry::match).toList(), ch -> ch.sendDigest(d));
  }

  /**
   * One send to one channel behind its endpoint's breaker; on success each of {@code alerts} is
   * logged.
   */
  private DeliveryResult attempt(String channelId, List<Match> alerts, Send send) throws Exception {
    Match m = alerts.get(0);
    AlertChannel ch = channels.get(channelId);
    if (ch == null) {
      LOG.atError()
          .addKeyValue("rule_id", m.ruleId())
          .addKeyValue("channel", channelId)
          .log("rule names a channel that does not exist; alert dropped for it");
      return DeliveryResult.NO_SUCH_CHANNEL;
    }
    CircuitBreaker breaker = breakers.forEndpoint(ch.endpoint());
    Duration openFor = breaker.tryAcquire();
    if (openFor != null) {
      // Not calling a dead endpoint is still a failed attempt: it goes to the retry topic, due when
      // a probe may pass.
      metrics.shortCircuited(channelId);
      failed(m, channelId, "circuit breaker open for " + ch.endpoint(), openFor);
      return DeliveryResult.refused("circuit breaker open for " + ch.endpoint(), openFor);
    }
    try {
      send.to(ch);
    } catch (Exception e) {
      breaker.onFailure();
      if (e instanceof DeliveryException d) {
        return failed(m, channelId, d.getMessage(), d.retryAfter());
      }
      // One line: mail exceptions nest their causes over several lines, which logs and the DLQ
      // listing do not want.
      return failed(m, channelId, e.toString().replaceAll("\\s+", " "), null);
    }
    breaker.onSuccess();
    for (Match sent : alerts) {
      log.markDelivered(deliveryKey(sent.alertId(), channelId));
      metrics.sent(channelId, Duration.between(sent.matchedAt(), clock.instant()));
    }
    return DeliveryResult.DELIVERED;
  }

  /** The one call that reaches the channel. */
  @FunctionalInterface
  private interface Send {
    void to(AlertChannel ch) throws Exception;
  }

  private DeliveryResult failed(Match m, String channelId, String error, Duration retryAfter) {
    metrics.failed(channelId);
    LOG.atWarn()
        .addKeyValue("rule_id", m.ruleId())
        .addKeyValue("article_id", m.article().id())
        .addKeyValue("channel", channelId)
        .addKeyValue("error", error)
        .log("delivery failed");
    return DeliveryResult.failed(error, retryAfter);
  }
}
