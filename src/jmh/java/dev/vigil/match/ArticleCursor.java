package dev.vigil.match;

import dev.vigil.article.Article;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread walks the article pool from its own starting point. */
@State(Scope.Thread)
public class ArticleCursor {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private int next = THREADS.getAndIncrement() * 997 % BenchSupport.ARTICLES;

  Article next(List<Article> pool) {
    Article a = pool.get(next);
    next = next + 1 == pool.size() ? 0 : next + 1;
    return a;
  }
}
