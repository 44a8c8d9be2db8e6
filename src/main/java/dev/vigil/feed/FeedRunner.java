package dev.vigil.feed;

import dev.vigil.config.FeedSpec;
import dev.vigil.config.PollerSettings;
import dev.vigil.http.HostLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poller stage's entry point: runs the schedule, polls due feeds on a worker pool, publishes
 * new articles and only then stores the feed's new state (so a crash repeats, never loses).
 */
public class FeedRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedRunner.class);
  private static final Duration MAX_IDLE = Duration.ofMillis(500);

  private final FeedScheduler scheduler;
  private final FeedPoller poller;
  private final ArticleSink sink;
  private final FeedStateStore store;
  private final MeterRegistry metrics;
  private final Clock clock;
  private final HostLimiter hosts;
  private final ExecutorService workers;
  private final Thread loop;
  private final Map<String, FeedSpec> owned = new ConcurrentHashMap<>();
  private final Set<String> inFlight = new HashSet<>();
  private volatile boolean running = true;

  public FeedRunner(
      FeedScheduler scheduler,
      FeedPoller poller,
      ArticleSink sink,
      FeedStateStore store,
      MeterRegistry metrics,
      Clock clock,
      int workerCount) {
    this(
        scheduler,
        poller,
        sink,
        store,
        metrics,
        clock,
        workerCount,
        new HostLimiter(
            PollerSettings.DEFAULT_HOST_MAX_CONCURRENT,
            PollerSettings.DEFAULT_HOST_MIN_DELAY,
            clock));
  }

  public FeedRunner(
      FeedScheduler scheduler,
      FeedPoller poller,
      ArticleSink sink,
      FeedStateStore store,
      MeterRegistry metrics,
      Clock clock,
      int workerCount,
      HostLimiter hosts) {
    this.clock = clock;
    this.hosts = hosts;
    this.scheduler = scheduler;
    this.poller = poller;
    this.sink = sink;
    this.store = store;
    this.metrics = metrics;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            workerCount, r -> daemon(r, "vigil-poll-" + n.incrementAndGet()));
    this.loop = daemon(this::run, "vigil-scheduler");
  }

  /** Starts polling these feeds (all of them: a single instance). */
  public void start(List<FeedSpec> feeds) {
    assign(feeds);
    start();
  }

  /** Starts the schedule; feeds come and go through {@link #assign} and {@link #revoke}. */
  public void start() {
    loop.start();
  }

  /** Takes over feeds, resuming each from its stored state. */
  public void assign(Collection<FeedSpec> feeds) {
    for (FeedSpec f : feeds) {
      if (owned.putIfAbsent(f.url(), f) == null) {
        scheduler.add(f, store.get(f.url()).orElse(null));
      }
    }
    LOG.atInfo()
        .addKeyValue("assigned", feeds.size())
        .addKeyValue("feeds", scheduler.size())
        .log("feeds assigned");
  }

  /**
   * Gives feeds up and returns once none of them is being polled, so no feed is ever polled by two
   * instances at once.
   */
  public void revoke(Collection<String> urls) throws InterruptedException {
    for (String url : urls) {
      owned.remove(url);
      scheduler.remove(url);
    }
    synchronized (inFlight) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (urls.stream().anyMatch(inFlight::contains) && System.nanoTime() < deadline) {
        inFlight.wait(100);
      }
    }
    LOG.atInfo()
        .addKeyValue("revoked", urls.size())
        .addKeyValue("feeds", scheduler.size())
        .log("feeds revoked");
  }

  private void run() {
    while (running) {
      for (FeedSpec spec : scheduler.takeDue()) {
        workers.execute(() -> pollPolitely(spec));
      }
      Duration wait = scheduler.untilNext();
      long ms =
          wait == null || wait.compareTo(MAX_IDLE) > 0
              ? MAX_IDLE.toMillis()
              : Math.max(wait.toMillis(), 10);
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * Polls one feed if its host has a free slot (see {@link HostLimiter}); otherwise puts it back
   * until then.
   */
  void pollPolitely(FeedSpec spec) {
    String host =
        HostLimiter.hostOf(store.get(spec.url()).map(FeedState::fetchUrl).orElse(spec.url()));
    HostLimiter.Ticket ticket = hosts.tryAcquire(host);
    if (!ticket.granted()) {
      scheduler.defer(spec, ticket.retryAt());
      return;
    }
    try {
      pollOne(spec);
    } finally {
      hosts.release(host);
    }
  }

  /** Polls one owned feed now, outside the schedule and the host limiter (benchmarks and tests). */
  public void pollOne(FeedSpec spec) {
    synchronized (inFlight) {
      if (!owned.containsKey(spec.url())) {
        return;
      }
      inFlight.add(spec.url());
    }
    try {
      pollOwned(spec);
    } finally {
      synchronized (inFlight) {
        inFlight.remove(spec.url());
        inFlight.notifyAll();
      }
    }
  }

  private void pollOwned(FeedSpec spec) {
    FeedState prev = store.get(spec.url()).orElseGet(() -> FeedState.initial(spec.url()));
    FeedState next = prev;
    try {
      PollResult r = poller.poll(spec, prev);
      metrics.counter("vigil.feed.polls", "outcome", r.outcome().label()).increment();
      if (!r.articles().isEmpty()) {
        sink.publish(r.articles());
        metrics.counter("vigil.articles.published").increment(r.articles().size());
      }
      if (r.state().sameApartFromPollTimes(prev)) {
        store.remember(r.state());
      } else {
        store.put(r.state());
      }
      next = r.state();
      log(spec, r);
    } catch (Exception e) {
      metrics.counter("vigil.feed.polls", "outcome", "internal-error").increment();
      LOG.atWarn().addKeyValue("feed_url", spec.url()).setCause(e).log("poll failed; will retry");
      Instant now = clock.instant();
      next = prev.failed(now, e.toString(), now.plus(FeedPoller.backoff(spec, prev.errors() + 1)));
    } finally {
      if (running) {
        scheduler.completed(spec, next);
      }
    }
  }

  private static void log(FeedSpec spec, PollResult r) {
    if (r.outcome() == PollOutcome.NEW) {
      LOG.atInfo()
          .addKeyValue("feed_url", spec.url())
          .addKeyValue("articles", r.articles().size())
          .log("new articles");
    } else if (r.outcome().problem()) {
      LOG.atWarn()
          .addKeyValue("feed_url", spec.url())
          .addKeyValue("outcome", r.outcome().label())
          .addKeyValue("error", r.state().lastError())
          .log("feed problem");
    } else {
      LOG.atDebug()
          .addKeyValue("feed_url", spec.url())
          .addKeyValue("outcome", r.outcome().label())
          .log("polled");
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    loop.interrupt();
    workers.shutdown();
    workers.awaitTermination(10, TimeUnit.SECONDS);
  }
}
