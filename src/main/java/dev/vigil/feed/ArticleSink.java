package dev.vigil.feed;

import dev.vigil.article.Article;
import java.util.List;

/** Where new articles go (Kafka in the daemon). Returns only when they are durably accepted. */
public interface ArticleSink {
  void publish(List<Article> articles) throws Exception;
}
