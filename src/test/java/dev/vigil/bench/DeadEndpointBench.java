package dev.vigil.bench;

import dev.vigil.alert.AlertSamples;
import dev.vigil.alert.AlertStage;
import dev.vigil.kafka.Topics;
import dev.vigil.testing.MutableClock;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A webhook whose port is closed (connection refused) while alerts keep arriving, for hours of
 * simulated time: the stage's clock ({@link MutableClock}) moves {@code speed} simulated seconds
 * per real second, so backoff, the circuit breaker and the attempt limit run their course. Every 5
 * simulated minutes it prints the heap used after a full GC and where the pending retries are.
 */
final class DeadEndpointBench {
  private static final Duration SAMPLE_EVERY = Duration.ofMinutes(5);

  private DeadEndpointBench() {}

  /**
   * @param rate alerts per simulated second
   */
  static void run(int hours, int rate, int speed) throws Exception {
    System.out.printf(
        "%n## dead endpoint: %d h simulated, %d alerts per simulated second, %dx, load %s%n",
        hours, rate, speed, AlertBench.load());
    MutableClock clock = new MutableClock(Instant.now());
    try (BenchStage s = new BenchStage()) {
      s.startAlerts(
          BenchStage.webhook(AlertBench.CHANNEL, "http://127.0.0.1:" + closedPort() + "/hook"),
          clock);
      System.out.println(
          "| simulated | real | heap after GC | matches | matches not handled | retry records "
              + "| retry records not handled | retry topic on disk | dead letters | calls made | refused by breaker "
              + "| load |");
      System.out.println(
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
      long t0 = System.nanoTime();
      long produced = 0;
      sample(s, Duration.ZERO, t0, produced);
      Duration end = Duration.ofHours(hours);
      for (Duration sim = Duration.ZERO; sim.compareTo(end) < 0; ) {
        for (int i = 0; i < rate; i++) {
          s.produce(
              AlertSamples.match("d" + produced++, List.of(AlertBench.CHANNEL), clock.instant()));
        }
        clock.advance(Duration.ofSeconds(1));
        sim = sim.plusSeconds(1);
        long ahead = sim.toMillis() / speed - AlertBench.since(t0).toMillis();
        if (ahead > 0) {
          Thread.sleep(ahead);
        }
        if (sim.toSeconds() % SAMPLE_EVERY.toSeconds() == 0) {
          sample(s, sim, t0, produced);
        }
      }
    }
  }

  private static void sample(BenchStage s, Duration sim, long t0, long produced) throws Exception {
    s.flush();
    long heap = AlertBench.heapAfterGc();
    String ch = AlertBench.CHANNEL;
    long retries = s.endOffsets(Topics.RETRY);
    double calls = s.count("failed", ch) - s.count("short_circuited", ch);
    System.out.printf(
        "| %d min | %d s | %.1f MB | %d | %d | %d | %d | %.1f MB | %d | %.0f | %.0f | %s |%n",
        sim.toMinutes(),
        AlertBench.since(t0).toSeconds(),
        heap / 1e6,
        produced,
        produced - s.committed(AlertStage.matchGroup(ch), Topics.MATCHES),
        retries,
        retries - s.committed(AlertStage.retryGroup(ch), Topics.RETRY),
        s.bytesOnDisk(Topics.RETRY) / 1e6,
        s.endOffsets(Topics.DLQ),
        calls,
        s.count("short_circuited", ch),
        AlertBench.load());
  }

  /** A port on 127.0.0.1 that nothing listens on: connecting is refused at once. */
  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }
}
