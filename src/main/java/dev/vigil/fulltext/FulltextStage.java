package dev.vigil.fulltext;

import dev.vigil.article.Article;
import dev.vigil.config.FeedSpec;
import dev.vigil.config.FulltextSettings;
import dev.vigil.config.PollerSettings;
import dev.vigil.kafka.CompactedStore;
import dev.vigil.kafka.ConsumerLoop;
import dev.vigil.kafka.Resources;
import dev.vigil.kafka.Stage;
import dev.vigil.kafka.StageRuntime;
import dev.vigil.kafka.TopicWriter;
import dev.vigil.kafka.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The full-text stage, between the poller and the filter: it takes each new entry from {@code
 * vigil.entries}, fetches the article's page when the feed gave only a teaser (or as the feed's
 * {@code fulltext} mode says), and passes the article on to {@code vigil.articles} with the page's
 * text, byline and the rest, or with its feed text and the reason there is no more. Pages are
 * fetched on a pool of threads, so a batch waits at most the configured timeout for its slowest
 * page; what was passed on is remembered in {@code vigil.pages}, so a redelivered entry is not
 * fetched again.
 */
public final class FulltextStage implements Stage {
  static final String GROUP = "vigil-fulltext";

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
        Batch batch = new Batch(flow, articles, pages, metrics);
        parts.add(
            new ConsumerLoop<>(
                    rt.clients(),
                    Topics.ENTRIES,
                    GROUP,
                    i,
                    rt.json(),
                    Article.class,
                    (k, entry) -> batch.add(entry),
                    batch::settle)
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

  /** One consumer's batch: its entries' pages in flight, written out before the commit. */
  private static final class Batch {
    private final FulltextFlow flow;
    private final TopicWriter<Article> articles;
    private final CompactedStore<PageRecord> pages;
    private final FulltextMetrics metrics;
    private final List<CompletableFuture<FulltextFlow.Done>> pending = new ArrayList<>();

    Batch(
        FulltextFlow flow,
        TopicWriter<Article> articles,
        CompactedStore<PageRecord> pages,
        FulltextMetrics metrics) {
      this.flow = flow;
      this.articles = articles;
      this.pages = pages;
      this.metrics = metrics;
    }

    java.time.Duration add(Article entry) {
      pending.add(flow.process(entry));
      return null;
    }

    /** Waits for the batch's pages (each at most the timeout), then writes what it gives. */
    void settle() throws Exception {
      List<FulltextFlow.Done> done = new ArrayList<>();
      try {
        for (CompletableFuture<FulltextFlow.Done> f : pending) {
          FulltextFlow.Done d = f.get();
          if (d != null) {
            done.add(d);
          }
        }
      } finally {
        pending.clear();
      }
      articles.write(done.stream().map(FulltextFlow.Done::article).toList());
      for (FulltextFlow.Done d : done) {
        pages.write(d.article().id(), d.record());
        metrics.passedOn(d.article());
      }
      pages.flush();
    }
  }

  @Override
  public void close() {
    parts.close();
  }
}
