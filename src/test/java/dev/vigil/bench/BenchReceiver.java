package dev.vigil.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A webhook receiver on 127.0.0.1 built for speed: it keeps a count and, for each delivery, the
 * time from the payload's {@code matchedAt} to its arrival, nothing else. {@code WebhookReceiver}
 * keeps every request in a copy-on-write list and answers from one thread, which is right for tests
 * and too slow for a 20,000-alert run.
 */
final class BenchReceiver implements AutoCloseable {
  private static final String MATCHED_AT = "\"matchedAt\":\"";

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final AtomicLong received = new AtomicLong();
  private final long[] delaysMicros;
  private final AtomicLong delays = new AtomicLong();
  private volatile Instant countFrom = Instant.MIN;

  /**
   * @param maxDelays how many match-to-arrival delays to keep (the first ones after {@link
   *     #countFrom})
   */
  BenchReceiver(int maxDelays) throws IOException {
    delaysMicros = new long[maxDelays];
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(pool);
    server.createContext(
        "/hook",
        ex -> {
          Instant now = Instant.now();
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          ex.sendResponseHeaders(204, -1);
          ex.close();
          received.incrementAndGet();
          record(body, now);
        });
    server.start();
  }

  private void record(String body, Instant now) {
    int at = body.indexOf(MATCHED_AT);
    if (at < 0) {
      return;
    }
    int from = at + MATCHED_AT.length();
    Instant matchedAt = Instant.parse(body.substring(from, body.indexOf('"', from)));
    if (matchedAt.isBefore(countFrom)) {
      return;
    }
    long i = delays.getAndIncrement();
    if (i < delaysMicros.length) {
      delaysMicros[(int) i] = Duration.between(matchedAt, now).toNanos() / 1000;
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  long received() {
    return received.get();
  }

  /**
   * Delays of alerts matched from {@code t} on are kept; earlier ones (the warm-up) only counted.
   */
  void countFrom(Instant t) {
    countFrom = t;
  }

  /** The kept delays in microseconds, sorted. */
  long[] sortedDelays() {
    long[] d = Arrays.copyOf(delaysMicros, (int) Math.min(delays.get(), delaysMicros.length));
    Arrays.sort(d);
    return d;
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
