package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.kafka.ConsumerLoop;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.Topics;
import io.micronaut.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * The alert stage in the daemon. Each channel has its own consumer groups on the matches and the
 * retry topic, so a slow or dead endpoint holds only its own channel's queue: the others go on at
 * full speed, and a channel's offsets move only when its own delivery is settled.
 */
public final class AlertStage implements AutoCloseable {
  private final Deque<ConsumerLoop<?>> loops = new ArrayDeque<>();

  private AlertStage() {}

  public static AlertStage start(KafkaClients clients, JsonMapper json, DeliveryFlow flow,
      Collection<String> channelIds) {
    AlertStage stage = new AlertStage();
    for (String id : channelIds) {
      stage.loops.push(new ConsumerLoop<>(clients, Topics.RETRY, retryGroup(id), json, PendingDelivery.class,
          (k, p) -> id.equals(p.channel()) ? flow.retry(p) : null).start());
      stage.loops.push(new ConsumerLoop<>(clients, Topics.MATCHES, matchGroup(id), json, Match.class,
          (k, m) -> {
            if (m.channels().contains(id)) {
              flow.first(m, id);
            }
            return null;
          }).start());
    }
    return stage;
  }

  public static String matchGroup(String channelId) {
    return "vigil-alerts." + channelId;
  }

  public static String retryGroup(String channelId) {
    return "vigil-alert-retry." + channelId;
  }

  @Override
  public void close() throws InterruptedException {
    while (!loops.isEmpty()) {
      loops.pop().close();
    }
  }
}
