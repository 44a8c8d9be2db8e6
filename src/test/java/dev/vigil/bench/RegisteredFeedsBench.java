package dev.vigil.bench;

import dev.vigil.config.FeedSpec;
import dev.vigil.feed.FeedRunner;
import dev.vigil.feed.FeedScheduler;
import dev.vigil.feed.FeedState;
import dev.vigil.feed.FeedStateStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Heap per idle registered feed: N feeds with the state a successful poll of a 20-entry feed leaves
 * (ETag, Last-Modified, 40 remembered entries: twice the document, as the poller keeps), registered
 * in the scheduler and held in the same kind of in-memory table the daemon keeps. Run with
 * bench/poller.sh's classpath: {@code java -cp ... dev.vigil.bench.RegisteredFeedsBench 50000}.
 */
public final class RegisteredFeedsBench {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int seenEntries = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    long before = usedAfterGc();
    Map<String, FeedState> table = new ConcurrentHashMap<>();
    FeedStateStore store =
        new FeedStateStore() {
          @Override
          public Optional<FeedState> get(String url) {
            return Optional.ofNullable(table.get(url));
          }

          @Override
          public void put(FeedState state) {
            table.put(state.url(), state);
          }
        };
    Random random = new Random(1);
    FeedRunner runner =
        new FeedRunner(
            new FeedScheduler(Clock.systemUTC(), random),
            null,
            a -> {},
            store,
            new SimpleMeterRegistry(),
            Clock.systemUTC(),
            1);
    Instant now = Instant.now();
    // The config loader hands every feed without its own interval the same default objects.
    Duration interval = Duration.ofMinutes(5);
    Duration backfill = Duration.ofDays(7);
    List<FeedSpec> specs = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String url = "https://news" + i + ".example.org/world/rss.xml";
      byte[] seen = new byte[seenEntries * 8];
      random.nextBytes(seen);
      table.put(
          url,
          new FeedState(
              url,
              null,
              "\"" + Long.toHexString(random.nextLong()) + "\"",
              "Tue, 24 Nov 2026 10:0" + (i % 10) + ":00 GMT",
              random.nextLong(),
              now,
              now,
              0,
              null,
              FeedState.OK,
              null,
              0,
              now,
              seen));
      specs.add(new FeedSpec(url, null, interval, backfill, List.of()));
    }
    runner.assign(specs);
    long after = usedAfterGc();
    System.out.printf(
        "registered feeds: %d, remembered entries each: %d, heap used: %.1f MB, per feed: %d bytes%n",
        n, seenEntries, (after - before) / 1048576.0, (after - before) / n);
    System.out.println(table.size() + specs.size() > 0 ? "" : "unreachable");
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
