package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.article.MatchRecords;
import dev.vigil.config.AlertSettings;
import dev.vigil.config.ChannelSpec;
import dev.vigil.config.SmtpSettings;
import dev.vigil.digest.DeliveryGate;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.ConsumerLoop;
import dev.vigil.kafka.Resources;
import dev.vigil.kafka.Stage;
import dev.vigil.kafka.StageRuntime;
import dev.vigil.kafka.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert stage. Each channel has its own consumer groups on the matches and the retry topic, so
 * a slow or dead endpoint holds only its own channel's queue: the others go on at full speed, and a
 * channel's offsets move only when its own deliveries are settled. Delivery records are written
 * without waiting and made durable once per batch, before its commit. Alerts for a paced channel go
 * to the digest topic, which the {@link DigestStage} sends from.
 */
public final class AlertStage implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(AlertStage.class);

  private final DeliveryParts settings;
  private final StageRuntime rt;
  private final Resources parts = new Resources();

  public AlertStage(
      AlertSettings alerts, List<ChannelSpec> channels, SmtpSettings smtp, StageRuntime rt) {
    this.settings = new DeliveryParts(alerts, channels, smtp);
    this.rt = rt;
  }

  /**
   * Builds the configured channels, their pacing, retries and dead letters, and starts consuming.
   */
  @Override
  public void start() {
    try {
      CompactedStore<String> deliveries = parts.add(rt.store(Topics.DELIVERIES, String.class));
      ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
      parts.add(refresher::shutdownNow);
      // Other instances record deliveries too; follow them so a redelivered match is recognised.
      refresher.scheduleWithFixedDelay(() -> catchUp(deliveries), 5, 5, TimeUnit.SECONDS);
      DeliveryFlow.Parts delivery = settings.build(rt, deliveries);
      Map<String, DeliveryGate> gates = new HashMap<>();
      settings.channels().stream()
          .filter(c -> !c.pacing().immediate())
          .forEach(c -> gates.put(c.id(), c.pacing().gate()));
      DeliveryFlow flow = new DeliveryFlow(delivery, gates);
      // A partition taken over from another instance: what that instance delivered, before its
      // records, so that none is sent again.
      ConsumerLoop.Partitions takeOver = p -> catchUp(deliveries);
      for (String id : settings.channelIds()) {
        consume(id, flow, delivery.dispatcher()::flush, takeOver);
      }
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
  }

  private void consume(
      String id,
      DeliveryFlow flow,
      ConsumerLoop.Barrier beforeCommit,
      ConsumerLoop.Partitions takeOver) {
    parts.add(
        new ConsumerLoop<>(
                rt.clients(),
                Topics.RETRY,
                retryGroup(id),
                rt.json(),
                PendingDelivery.class,
                (k, p) -> id.equals(p.channel()) ? flow.retry(p) : null,
                beforeCommit)
            .onPartitions(takeOver)
            .start());
    parts.add(
        new ConsumerLoop<>(
                rt.clients(),
                Topics.MATCHES,
                matchGroup(id),
                0,
                bytes -> MatchRecords.read(rt.json(), bytes),
                (k, matches) -> {
                  for (Match m : matches) {
                    if (m.channels().contains(id)) {
                      flow.first(m, id);
                    }
                  }
                  return null;
                },
                beforeCommit)
            .onPartitions(takeOver)
            .start());
  }

  private static void catchUp(CompactedStore<?> store) {
    try {
      store.catchUp();
    } catch (RuntimeException e) {
      LOG.atWarn().addKeyValue("error", e.toString()).log("state catch-up failed; will retry");
    }
  }

  public static String matchGroup(String channelId) {
    return "vigil-alerts." + channelId;
  }

  public static String retryGroup(String channelId) {
    return "vigil-alert-retry." + channelId;
  }

  @Override
  public void close() {
    parts.close();
  }
}
