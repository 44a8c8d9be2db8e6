package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.article.Match;
import dev.vigil.config.StorySettings;
import dev.vigil.config.VigilConfig;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.ConsumerLoop;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.KafkaMatchSink;
import dev.vigil.kafka.Topics;
import dev.vigil.story.EscalationRule;
import dev.vigil.story.StoryConfig;
import dev.vigil.story.StoryIndex;
import dev.vigil.story.StoryIndexState;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.json.JsonMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The filter stage as the daemon runs it: one consumer of {@code vigil.articles} per core, as far
 * as the topic has partitions to give them, each matching its partitions' articles in order, on its
 * own thread, against the rules in force, and writing one record per matching rule to {@code
 * vigil.matches}. Story signatures go to {@code vigil.stories}, which story grouping resumes from.
 * Records are written without waiting and flushed once per batch, before the batch's offsets are
 * committed, so a crash repeats a batch (the same alert ids) and loses nothing.
 */
public final class FilterStage implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FilterStage.class);
  static final String GROUP = "vigil-filter";

  /** What the stage shares with the rest of the daemon. */
  public record Setup(
      KafkaClients clients,
      KafkaProducer<String, byte[]> producer,
      JsonMapper json,
      MeterRegistry metrics,
      Clock clock) {}

  private final Deque<AutoCloseable> parts = new ArrayDeque<>();

  private FilterStage() {}

  public static FilterStage start(VigilConfig config, RuleBook rules, Setup s) {
    FilterStage stage = new FilterStage();
    try {
      CompactedStore<StoryIndexState.StoryState> stories =
          new CompactedStore<>(
              Topics.STORIES,
              s.clients(),
              s.producer(),
              s.json(),
              StoryIndexState.StoryState.class);
      stage.parts.push(stories);
      stories.load();
      ArticleFilter filter = articleFilter(config, rules, stories, s.clock());
      KafkaMatchSink matches = new KafkaMatchSink(s.producer(), s.json());
      for (int i = 0; i < threads(config); i++) {
        stage.parts.push(
            new ConsumerLoop<>(
                    s.clients(),
                    Topics.ARTICLES,
                    GROUP,
                    i,
                    s.json(),
                    Article.class,
                    (k, a) -> filter(filter, matches, s.metrics(), a),
                    () -> {
                      matches.flush();
                      stories.flush();
                    })
                .start());
      }
      return stage;
    } catch (RuntimeException | Error e) {
      stage.close();
      throw e;
    }
  }

  /** Article in, one match record per matching rule out. */
  private static Duration filter(
      ArticleFilter filter, KafkaMatchSink sink, MeterRegistry metrics, Article a)
      throws Exception {
    for (Match m : filter.filter(a)) {
      sink.write(m);
      metrics.counter("vigil.matches", "rule", m.ruleId()).increment();
      LOG.atDebug()
          .addKeyValue("rule_id", m.ruleId())
          .addKeyValue("article_id", a.id())
          .addKeyValue("story_id", m.story().id())
          .log("match");
    }
    return null;
  }

  /** One consumer per core, as far as the articles topic has partitions. */
  static int threads(VigilConfig config) {
    return Math.max(
        1, Math.min(Runtime.getRuntime().availableProcessors(), config.kafka().partitions()));
  }

  /** Story grouping resumes from the stories stored in {@code vigil.stories}. */
  private static ArticleFilter articleFilter(
      VigilConfig config,
      RuleBook rules,
      CompactedStore<StoryIndexState.StoryState> stored,
      Clock clock) {
    StorySettings settings = config.stories();
    StoryConfig sc =
        StoryConfig.defaults()
            .withThreshold(settings.threshold())
            .withLimits(settings.window(), settings.maxStories());
    StoryIndex index =
        !settings.grouping()
            ? null
            : StoryIndex.fromState(
                new StoryIndexState(
                    StoryIndexState.VERSION,
                    sc.shingleK(),
                    sc.numHashes(),
                    sc.seed(),
                    stored.values()),
                sc,
                clock);
    int escalateAt = settings.escalateAtSources();
    return new ArticleFilter(
        rules::current,
        index,
        st -> stored.write(st.storyId(), st),
        escalateAt > 0 ? new EscalationRule(escalateAt) : null,
        clock);
  }

  @Override
  public void close() {
    while (!parts.isEmpty()) {
      AutoCloseable p = parts.pop();
      try {
        p.close();
      } catch (Exception e) {
        LOG.atWarn().setCause(e).log("error while stopping " + p.getClass().getSimpleName());
      }
    }
  }
}
