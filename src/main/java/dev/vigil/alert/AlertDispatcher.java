package dev.vigil.alert;

import dev.vigil.article.Match;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert stage's entry point: delivers one match to each of its channels, at most once per
 * (alert, channel). A failing channel is reported back and never stops the others.
 */
public class AlertDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  private final Map<String, AlertChannel> channels;
  private final DeliveryLog log;
  private final MeterRegistry metrics;
  private final Clock clock;

  public AlertDispatcher(Map<String, AlertChannel> channels, DeliveryLog log, MeterRegistry metrics, Clock clock) {
    this.channels = channels;
    this.log = log;
    this.metrics = metrics;
    this.clock = clock;
  }

  public static String deliveryKey(String alertId, String channelId) {
    return alertId + "/" + channelId;
  }

  /** Delivers to the given channels; returns the channels that failed, with their errors. */
  public Map<String, String> dispatch(Match m, List<String> channelIds) throws Exception {
    Map<String, String> failed = new LinkedHashMap<>();
    for (String channelId : channelIds) {
      String key = deliveryKey(m.alertId(), channelId);
      if (log.delivered(key)) {
        metrics.counter("vigil.alerts.duplicates", "channel", channelId).increment();
        continue;
      }
      AlertChannel ch = channels.get(channelId);
      if (ch == null) {
        LOG.atError().addKeyValue("rule_id", m.ruleId()).addKeyValue("channel", channelId)
            .log("rule names a channel that does not exist; alert dropped for it");
        continue;
      }
      try {
        ch.send(m);
      } catch (Exception e) {
        metrics.counter("vigil.alerts.failed", "channel", channelId).increment();
        LOG.atWarn().addKeyValue("rule_id", m.ruleId()).addKeyValue("article_id", m.article().id())
            .addKeyValue("channel", channelId).addKeyValue("error", e.toString()).log("delivery failed");
        failed.put(channelId, e.toString());
        continue;
      }
      log.markDelivered(key);
      metrics.counter("vigil.alerts.sent", "channel", channelId).increment();
      metrics.timer("vigil.alerts.delay", "channel", channelId)
          .record(Duration.between(m.matchedAt(), clock.instant()));
    }
    return failed;
  }
}
