package dev.vigil.alert;

import dev.vigil.config.AlertSettings;
import dev.vigil.config.ChannelSpec;
import dev.vigil.config.SmtpSettings;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.StageRuntime;
import java.util.List;

/**
 * What the alert and digest stages both deliver with: the configured channels, their circuit
 * breakers, the delivery log, the retry policy and the outbox to the retry and dead-letter topics.
 * Each stage builds its own, from the same settings.
 */
record DeliveryParts(AlertSettings alerts, List<ChannelSpec> channels, SmtpSettings smtp) {
  DeliveryParts {
    channels = List.copyOf(channels);
  }

  List<String> channelIds() {
    return channels.stream().map(ChannelSpec::id).toList();
  }

  DeliveryFlow.Parts build(StageRuntime rt, CompactedStore<String> deliveries) {
    AlertMetrics metrics = new AlertMetrics(rt.metrics()).register(channelIds());
    AlertDispatcher dispatcher =
        new AlertDispatcher(
            AlertChannels.create(channels, smtp, rt.json(), rt.clock()),
            new KafkaDeliveryLog(deliveries, rt.clock()),
            new CircuitBreakers(alerts.breakerFailures(), alerts.breakerOpen(), rt.clock()),
            metrics,
            rt.clock());
    RetryPolicy policy =
        new RetryPolicy(
            alerts.retryFirst(), alerts.retryMax(), alerts.retryAttempts(), alerts.maxAge());
    return new DeliveryFlow.Parts(
        dispatcher,
        policy,
        new KafkaAlertOutbox(rt.producer(), rt.json(), rt.clock()),
        metrics,
        rt.clock(),
        rt.random());
  }
}
