package dev.vigil.feed;

import dev.vigil.article.Article;
import dev.vigil.kafka.TopicWriter;
import dev.vigil.kafka.Topics;
import io.micronaut.json.JsonMapper;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;

/**
 * Publishes new entries to {@code vigil.entries} (where the full-text stage takes them), keyed by
 * article id, and waits for the acknowledgements.
 */
public final class KafkaArticleSink implements ArticleSink {
  private final TopicWriter<Article> writer;

  public KafkaArticleSink(Producer<String, byte[]> producer, JsonMapper json) {
    this(producer, json, Topics.ENTRIES);
  }

  /** Publishing to {@code topic} instead (benchmarks that feed the filter stage directly). */
  public KafkaArticleSink(Producer<String, byte[]> producer, JsonMapper json, String topic) {
    this.writer = new TopicWriter<>(producer, json, topic, Article.class, Article::id);
  }

  @Override
  public void publish(List<Article> articles) throws Exception {
    writer.write(articles);
  }
}
