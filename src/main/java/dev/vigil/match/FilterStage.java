package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.article.MatchedArticle;
import dev.vigil.config.StorySettings;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.ConsumerLoop;
import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.Resources;
import dev.vigil.kafka.Stage;
import dev.vigil.kafka.StageRuntime;
import dev.vigil.kafka.Topics;
import dev.vigil.story.EscalationRule;
import dev.vigil.story.Signer;
import dev.vigil.story.StoryConfig;
import dev.vigil.story.StoryIndexState.StoryState;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The filter stage as the daemon runs it, in two steps joined by {@code vigil.hits}, each with one
 * consumer per core as far as the topic has partitions to give them:
 *
 * <ol>
 *   <li>Matching: each article of {@code vigil.articles} against the rules in force; an article
 *       that matched goes on to {@code vigil.hits} once per rule shard it matched in, with its
 *       story signature (computed only then).
 *   <li>Stories: each shard's consumer decides the story of its rules' matches, so one decision is
 *       made per (rule, story) wherever the copies were matched, and writes the article with its
 *       decided matches to {@code vigil.matches}, on the shard's partition there too. Story state
 *       goes to {@code vigil.stories}.
 * </ol>
 *
 * Each consumer's batch is one Kafka transaction: what it wrote (hits; matches and story states) is
 * committed with the offsets it read, or not at all, so a crash neither loses a batch nor writes
 * its matches twice. Readers see committed records only.
 */
public final class FilterStage implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(FilterStage.class);
  static final String GROUP = "vigil-filter";
  static final String STORIES_GROUP = "vigil-stories";

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
      CompactedStore<StoryState> stored = parts.add(rt.store(Topics.STORIES, StoryState.class));
      int shards = rt.producer().partitionsFor(Topics.HITS).size();
      int matchParts = rt.producer().partitionsFor(Topics.MATCHES).size();
      StoryConfig sc =
          StoryConfig.defaults()
              .withThreshold(settings.threshold())
              .withLimits(settings.window(), settings.maxStories());
      Signer signer = settings.grouping() ? new Signer(sc) : null;
      JsonSerde<ArticleHits> hits = new JsonSerde<>(rt.json(), ArticleHits.class);
      JsonSerde<MatchedArticle> matched = new JsonSerde<>(rt.json(), MatchedArticle.class);
      ArticleFilter matcher = filter(signer, null, shards);
      for (int i = 0; i < threads(rt.partitions()); i++) {
        KafkaRecordSink sink = new KafkaRecordSink(producer(GROUP, i));
        parts.add(
            new ConsumerLoop<>(
                    rt.clients(),
                    Topics.ARTICLES,
                    GROUP,
                    i,
                    rt.json(),
                    Article.class,
                    (k, a) -> {
                      for (ArticleHits h : matcher.hits(a)) {
                        sink.write(Topics.HITS, h.shard(), k, hits.serialize(Topics.HITS, h));
                      }
                      return null;
                    },
                    sink::flush)
                .transactional(sink.producer())
                .start());
      }
      for (int i = 0; i < threads(shards); i++) {
        KafkaRecordSink sink = new KafkaRecordSink(producer(STORIES_GROUP, i));
        // Each consumer decides the stories of its own shards, and writes them in its transaction.
        StoryShards stories = signer == null ? null : stories(sc, stored, shards, sink);
        ArticleFilter decider = filter(signer, stories, shards);
        ConsumerLoop<ArticleHits> decide =
            new ConsumerLoop<>(
                    rt.clients(),
                    Topics.HITS,
                    STORIES_GROUP,
                    i,
                    rt.json(),
                    ArticleHits.class,
                    (k, h) -> {
                      MatchedArticle m = decider.decide(h);
                      // On its rule shard's partition: all of a rule's alerts reach one consumer of
                      // each channel, which sees whether an alert id was delivered before.
                      sink.write(
                          Topics.MATCHES,
                          h.shard() % matchParts,
                          k,
                          matched.serialize(Topics.MATCHES, m));
                      count(m);
                      return null;
                    },
                    sink::flush)
                .transactional(sink.producer());
        parts.add((stories == null ? decide : decide.onPartitions(stories)).start());
      }
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
  }

  private ArticleFilter filter(Signer signer, StoryShards stories, int shards) {
    int escalateAt = settings.escalateAtSources();
    return new ArticleFilter(
        rules::current,
        signer,
        stories,
        escalateAt > 0 ? new EscalationRule(escalateAt) : null,
        rt.clock(),
        shards);
  }

  private void count(MatchedArticle m) {
    for (MatchedArticle.RuleMatch r : m.matches()) {
      rt.metrics().counter("vigil.matches", "rule", r.ruleId()).increment();
      LOG.atDebug()
          .addKeyValue("rule_id", r.ruleId())
          .addKeyValue("article_id", m.article().id())
          .addKeyValue("story_id", r.story().id())
          .log("match");
    }
  }

  /** A transactional producer for loop {@code member} of {@code group}, closed after the loop. */
  private org.apache.kafka.clients.producer.Producer<String, byte[]> producer(
      String group, int member) {
    return parts.add(rt.clients().transactionalProducer(group + "-" + member));
  }

  /** One consumer per core, as far as the topic has partitions. */
  static int threads(int partitions) {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), partitions));
  }

  /**
   * The story decisions of one consumer's shards, resuming from the stories stored in {@code
   * vigil.stories} and writing through {@code sink}, in the consumer's transaction.
   */
  private StoryShards stories(
      StoryConfig sc, CompactedStore<StoryState> stored, int shards, KafkaRecordSink sink) {
    JsonSerde<StoryState> states = new JsonSerde<>(rt.json(), StoryState.class);
    int storyParts = rt.producer().partitionsFor(Topics.STORIES).size();
    return new StoryShards(
        sc,
        shards,
        rt.clock(),
        new StoryShards.Store() {
          @Override
          public void save(StoryState s) {
            // One writer per partition, the shard's consumer: when it reads its stories back, no
            // other transaction can hold committed ones out of sight.
            sink.write(
                Topics.STORIES,
                s.shard() % storyParts,
                s.shard() + "/" + s.storyId(),
                states.serialize(Topics.STORIES, s));
          }

          @Override
          public List<StoryState> stored() {
            stored.catchUp();
            return stored.values();
          }
        });
  }

  @Override
  public void close() {
    parts.close();
  }
}
