package dev.vigil.alert;

import dev.vigil.config.AlertSettings;
import dev.vigil.config.ChannelSpec;
import dev.vigil.config.SmtpSettings;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.Resources;
import dev.vigil.kafka.Stage;
import dev.vigil.kafka.StageRuntime;
import dev.vigil.kafka.Topics;
import java.util.List;

/**
 * The digest stage: one instance at a time owns the digest topic and sends each paced channel's
 * waiting alerts once they are due (see {@link DigestLoop}). It runs even when no channel is paced
 * now, since alerts may still wait from an earlier configuration. Before each round it takes in
 * what the alert stage delivered at once, so no alert goes out twice.
 */
public final class DigestStage implements Stage {
  private final DeliveryParts settings;
  private final StageRuntime rt;
  private final Resources parts = new Resources();

  public DigestStage(
      AlertSettings alerts, List<ChannelSpec> channels, SmtpSettings smtp, StageRuntime rt) {
    this.settings = new DeliveryParts(alerts, channels, smtp);
    this.rt = rt;
  }

  @Override
  public void start() {
    try {
      // Read on the first round with a digest due: only the instance that owns the digests needs
      // it.
      CompactedStore<String> deliveries =
          parts.add(
              new CompactedStore<>(
                  Topics.DELIVERIES, rt.clients(), rt.producer(), rt.json(), String.class));
      DeliveryFlow.Parts delivery = settings.build(rt, deliveries);
      parts.add(new DigestLoop(rt.clients(), rt.json(), new DigestFlow(delivery)).start());
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
  }

  @Override
  public void close() {
    parts.close();
  }
}
