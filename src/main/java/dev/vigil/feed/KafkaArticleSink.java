package dev.vigil.feed;

import dev.vigil.article.Article;
import dev.vigil.kafka.JsonSerde;
import dev.vigil.kafka.Topics;
import io.micronaut.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes articles to {@code vigil.articles}, keyed by article id, and waits for the
 * acknowledgements.
 */
public final class KafkaArticleSink implements ArticleSink {
  private final Producer<String, byte[]> producer;
  private final JsonSerde<Article> serde;

  public KafkaArticleSink(Producer<String, byte[]> producer, JsonMapper json) {
    this.producer = producer;
    this.serde = new JsonSerde<>(json, Article.class);
  }

  @Override
  public void publish(List<Article> articles) throws Exception {
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    for (Article a : articles) {
      acks.add(
          producer.send(
              new ProducerRecord<>(Topics.ARTICLES, a.id(), serde.serialize(Topics.ARTICLES, a))));
    }
    for (Future<RecordMetadata> f : acks) {
      f.get(60, TimeUnit.SECONDS);
    }
  }
}
