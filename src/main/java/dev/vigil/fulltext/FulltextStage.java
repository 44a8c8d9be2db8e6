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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The full-text stage, between the poller and the filter: it takes each new entry from {@code
 * vigil.entries}, fetches the article's page when the feed gave only a teaser (or as the feed's
 * {@code fulltext} mode says), and passes the article on to {@code vigil.articles} with the page's
 * text, byline and the rest, or with its feed text and the reason there is no more. Pages are
 * fetched on a pool of threads and each article is passed on as soon as its page is in; a batch is
 * committed once all of them are (each at most the configured timeout). What was passed on is
 * remembered in {@code vigil.pages}, so a redelivered entry is not fetched again.
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

  /**
   * One consumer's batch. Each article is sent on as soon as its page is in (or not needed, or too
   * late), from whichever thread completes it; before the commit, the batch waits for them all and
   * records what it passed on.
   */
  private static final class Batch {
    /** An article sent on, and the broker's acknowledgement of it. */
    private record Sent(FulltextFlow.Done done, Future<RecordMetadata> ack) {}

    private final FulltextFlow flow;
    private final TopicWriter<Article> articles;
    private final CompactedStore<PageRecord> pages;
    private final FulltextMetrics metrics;
    private final List<CompletableFuture<Sent>> pending = new ArrayList<>();

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

    Duration add(Article entry) {
      pending.add(
          flow.process(entry)
              .thenApply(d -> d == null ? null : new Sent(d, articles.send(d.article()))));
      return null;
    }

    /** Waits for the batch's articles (each page at most the timeout), then records them. */
    void settle() throws Exception {
      try {
        for (CompletableFuture<Sent> f : pending) {
          Sent s = f.get();
          if (s != null) {
            s.ack().get(60, TimeUnit.SECONDS);
            pages.write(s.done().article().id(), s.done().record());
            metrics.passedOn(s.done().article());
          }
        }
      } finally {
        pending.clear();
      }
      pages.flush();
    }
  }

  @Override
  public void close() {
    parts.close();
  }
}
