package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.config.AlertSettings;
import dev.vigil.config.ChannelSpec;
import dev.vigil.config.VigilConfig;
import dev.vigil.digest.DeliveryGate;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.ConsumerLoop;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.json.JsonMapper;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.Producer;

/**
 * The alert stage in the daemon. Each channel has its own consumer groups on the matches and the
 * retry topic, so a slow or dead endpoint holds only its own channel's queue: the others go on at
 * full speed, and a channel's offsets move only when its own deliveries are settled. Delivery
 * records are written without waiting and made durable once per batch, before its commit; the
 * digest sender runs beside the channels.
 */
public final class AlertStage implements AutoCloseable {
  /**
   * What the stage runs on: the daemon's Kafka clients, producer, delivery log topic and meters.
   */
  public record Setup(
      KafkaClients clients,
      Producer<String, byte[]> producer,
      CompactedStore<String> deliveries,
      JsonMapper json,
      MeterRegistry meters,
      Clock clock,
      Random random) {}

  private final Deque<AutoCloseable> loops = new ArrayDeque<>();

  private AlertStage() {}

  /**
   * Builds the configured channels, their pacing, retries and dead letters, and starts consuming.
   */
  public static AlertStage start(VigilConfig config, Setup s) {
    AlertSettings a = config.alerts();
    List<String> channelIds = config.channels().stream().map(ChannelSpec::id).toList();
    AlertMetrics metrics = new AlertMetrics(s.meters()).register(channelIds);
    AlertDispatcher dispatcher =
        new AlertDispatcher(
            AlertChannels.create(config, s.json(), s.clock()),
            new KafkaDeliveryLog(s.deliveries(), s.clock()),
            new CircuitBreakers(a.breakerFailures(), a.breakerOpen(), s.clock()),
            metrics,
            s.clock());
    RetryPolicy policy =
        new RetryPolicy(a.retryFirst(), a.retryMax(), a.retryAttempts(), a.maxAge());
    Map<String, DeliveryGate> gates = new HashMap<>();
    config.channels().stream()
        .filter(c -> !c.pacing().immediate())
        .forEach(c -> gates.put(c.id(), c.pacing().gate()));
    DeliveryFlow.Parts parts =
        new DeliveryFlow.Parts(
            dispatcher,
            policy,
            new KafkaAlertOutbox(s.producer(), s.json(), s.clock()),
            metrics,
            s.clock(),
            s.random());
    AlertStage stage = new AlertStage();
    // Always running, even with no paced channel now: alerts may still wait from a configuration
    // before.
    stage.loops.push(new DigestLoop(s.clients(), s.json(), new DigestFlow(parts)).start());
    stage.consume(
        s.clients(), s.json(), new DeliveryFlow(parts, gates), dispatcher::flush, channelIds);
    return stage;
  }

  private void consume(
      KafkaClients clients,
      JsonMapper json,
      DeliveryFlow flow,
      ConsumerLoop.Barrier beforeCommit,
      List<String> channelIds) {
    for (String id : channelIds) {
      loops.push(
          new ConsumerLoop<>(
                  clients,
                  Topics.RETRY,
                  retryGroup(id),
                  json,
                  PendingDelivery.class,
                  (k, p) -> id.equals(p.channel()) ? flow.retry(p) : null,
                  beforeCommit)
              .start());
      loops.push(
          new ConsumerLoop<>(
                  clients,
                  Topics.MATCHES,
                  matchGroup(id),
                  json,
                  Match.class,
                  (k, m) -> {
                    if (m.channels().contains(id)) {
                      flow.first(m, id);
                    }
                    return null;
                  },
                  beforeCommit)
              .start());
    }
  }

  public static String matchGroup(String channelId) {
    return "vigil-alerts." + channelId;
  }

  public static String retryGroup(String channelId) {
    return "vigil-alert-retry." + channelId;
  }

  @Override
  public void close() throws Exception {
    while (!loops.isEmpty()) {
      loops.pop().close();
    }
  }
}
