package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.article.Match;
import dev.vigil.config.StorySettings;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.ConsumerLoop;
import dev.vigil.kafka.Resources;
import dev.vigil.kafka.Stage;
import dev.vigil.kafka.StageRuntime;
import dev.vigil.kafka.Topics;
import dev.vigil.story.EscalationRule;
import dev.vigil.story.StoryConfig;
import dev.vigil.story.StoryIndex;
import dev.vigil.story.StoryIndexState;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
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
public final class FilterStage implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(FilterStage.class);
  static final String GROUP = "vigil-filter";

  private final StorySettings settings;
  private final RuleBook rules;
  private final StageRuntime rt;
  private final Resources parts = new Resources();

  /**
   * @param rules the rules in force, which a reload may replace while the stage runs
   */
  public FilterStage(StorySettings settings, RuleBook rules, StageRuntime rt) {
    this.settings = settings;
    this.rules = rules;
    this.rt = rt;
  }

  @Override
  public void start() {
    try {
      CompactedStore<StoryIndexState.StoryState> stories =
          parts.add(rt.store(Topics.STORIES, StoryIndexState.StoryState.class));
      ArticleFilter filter = articleFilter(stories);
      KafkaMatchSink matches = new KafkaMatchSink(rt.producer(), rt.json());
      for (int i = 0; i < threads(rt.partitions()); i++) {
        parts.add(
            new ConsumerLoop<>(
                    rt.clients(),
                    Topics.ARTICLES,
                    GROUP,
                    i,
                    rt.json(),
                    Article.class,
                    (k, a) -> filter(filter, matches, rt.metrics(), a),
                    () -> {
                      matches.flush();
                      stories.flush();
                    })
                .start());
      }
    } catch (RuntimeException | Error e) {
      close();
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
  static int threads(int partitions) {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), partitions));
  }

  /** Story grouping resumes from the stories stored in {@code vigil.stories}. */
  private ArticleFilter articleFilter(CompactedStore<StoryIndexState.StoryState> stored) {
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
                rt.clock());
    int escalateAt = settings.escalateAtSources();
    return new ArticleFilter(
        rules::current,
        index,
        st -> stored.write(st.storyId(), st),
        escalateAt > 0 ? new EscalationRule(escalateAt) : null,
        rt.clock());
  }

  @Override
  public void close() {
    parts.close();
  }
}
