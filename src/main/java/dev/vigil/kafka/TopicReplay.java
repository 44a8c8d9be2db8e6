package dev.vigil.kafka;

import dev.vigil.article.Article;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

/**
 * The articles retained in {@code vigil.articles} since a moment, up to the end as it was when the
 * replay began, read without joining any consumer group. Close it when done.
 */
public final class TopicReplay implements Iterable<Article>, AutoCloseable {
  private final KafkaConsumer<String, byte[]> consumer;
  private final JsonSerde<Article> serde;
  private final Map<TopicPartition, Long> end;

  public TopicReplay(KafkaClients clients, JsonMapper json, Instant since) {
    this.consumer = clients.consumer(null, "vigil-replay");
    this.serde = new JsonSerde<>(json, Article.class);
    List<TopicPartition> parts =
        consumer.partitionsFor(Topics.ARTICLES, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(Topics.ARTICLES, p.partition()))
            .toList();
    consumer.assign(parts);
    this.end = consumer.endOffsets(parts, Duration.ofSeconds(30));
    Map<TopicPartition, Long> query = new HashMap<>();
    parts.forEach(p -> query.put(p, since.toEpochMilli()));
    Map<TopicPartition, OffsetAndTimestamp> start =
        consumer.offsetsForTimes(query, Duration.ofSeconds(30));
    for (TopicPartition p : parts) {
      OffsetAndTimestamp o = start.get(p);
      consumer.seek(p, o == null ? end.get(p) : o.offset());
    }
  }

  private boolean exhausted() {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  @Override
  public Iterator<Article> iterator() {
    return new Iterator<>() {
      private final Deque<Article> buffer = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (buffer.isEmpty() && !exhausted()) {
          for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
            if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
              try {
                buffer.add(serde.deserialize(r.topic(), r.value()));
              } catch (RuntimeException unreadable) {
                // skipped: a backtest reports on what it can read
              }
            }
          }
        }
        return !buffer.isEmpty();
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return buffer.poll();
      }
    };
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
