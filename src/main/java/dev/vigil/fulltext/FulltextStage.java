package dev.vigil.fulltext;

import dev.vigil.article.Article;
import dev.vigil.config.FeedSpec;
import dev.vigil.config.FulltextSettings;
import dev.vigil.config.PollerSettings;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.Resources;
import dev.vigil.kafka.Stage;
import dev.vigil.kafka.StageRuntime;
import dev.vigil.kafka.TopicWriter;
import dev.vigil.kafka.Topics;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The full-text stage, between the poller and the filter: it takes each new entry from {@code
 * vigil.entries}, fetches the article's page when the feed gave only a teaser (or as the feed's
 * {@code fulltext} mode says), and passes the article on to {@code vigil.articles} with the page's
 * text, byline and the rest, or with its feed text and the reason there is no more. Pages are
 * fetched on a pool of threads and each article is passed on as soon as its page is in, while the
 * consumer goes on polling ({@link FulltextLoop}). What was passed on is remembered in {@code
 * vigil.pages}, so a redelivered entry is not fetched again.
 */
public final class FulltextStage implements Stage {
  static final String GROUP = "vigil-fulltext";

  /** Entries one consumer takes before it waits for their pages to come in. */
  static final int MAX_IN_FLIGHT = 1_000;

  private final FulltextSettings settings;
  private final PollerSettings poller;
  private final List<FeedSpec> feeds;
  private final StageRuntime rt;
  private final Resources parts = new Resources();

  public FulltextStage(
      FulltextSettings settings, PollerSettings poller, List<FeedSpec> feeds, StageRuntime rt) {
    this.settings = settings;
    this.poller = poller;
    this.feeds = List.copyOf(feeds);
    this.rt = rt;
  }

  @Override
  public void start() {
    try {
      CompactedStore<PageRecord> pages = parts.add(rt.store(Topics.PAGES, PageRecord.class));
      ExecutorService pool = Executors.newFixedThreadPool(settings.workers(), Fetchers.THREADS);
      parts.add(pool::shutdownNow);
      FulltextMetrics metrics = new FulltextMetrics(rt.metrics());
      PageFetcher fetcher = PageFetcher.create(poller, settings, rt.clock(), metrics);
      FulltextFlow flow = new FulltextFlow(settings, feeds, fetcher, pages::get, pool, rt.clock());
      TopicWriter<Article> articles =
          new TopicWriter<>(rt.producer(), rt.json(), Topics.ARTICLES, Article.class, Article::id);
      for (int i = 0; i < threads(rt.partitions()); i++) {
        parts.add(
            new FulltextLoop(
                    rt.clients(), i, rt.json(), flow, articles, pages, metrics, MAX_IN_FLIGHT)
                .start());
      }
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
  }

  /** One consumer per core, as far as the entries topic has partitions. */
  static int threads(int partitions) {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), partitions));
  }

  @Override
  public void close() {
    parts.close();
  }
}
