package dev.vigil.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The whole validated configuration, as loaded from one YAML file. */
public record VigilConfig(
    Path source,
    KafkaSettings kafka,
    PollerSettings poller,
    int httpPort,
    List<FeedSpec> feeds,
    List<EntitySpec> entities,
    MatchSettings matching,
    List<RuleSpec> rules,
    List<ChannelSpec> channels,
    SmtpSettings smtp,
    AlertSettings alerts,
    StorySettings stories,
    FulltextSettings fulltext) {

  public VigilConfig {
    feeds = List.copyOf(feeds);
    entities = List.copyOf(entities);
    rules = List.copyOf(rules);
    channels = List.copyOf(channels);
  }

  public Optional<ChannelSpec> channel(String id) {
    return channels.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public VigilConfig withKafka(KafkaSettings k) {
    return new VigilConfig(
        source, k, poller, httpPort, feeds, entities, matching, rules, channels, smtp, alerts,
        stories, fulltext);
  }

  public VigilConfig withHttpPort(int port) {
    return new VigilConfig(
        source, kafka, poller, port, feeds, entities, matching, rules, channels, smtp, alerts,
        stories, fulltext);
  }

  public VigilConfig withFulltext(FulltextSettings f) {
    return new VigilConfig(
        source, kafka, poller, httpPort, feeds, entities, matching, rules, channels, smtp, alerts,
        stories, f);
  }
}
