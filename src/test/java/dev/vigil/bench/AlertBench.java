package dev.vigil.bench;

import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.sun.management.OperatingSystemMXBean;
import dev.vigil.alert.AlertSamples;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.LoggerFactory;

/**
 * Alert delivery benchmark, through the daemon's alert stage on an embedded broker to a webhook on
 * 127.0.0.1: {@code throughput} (N matches waiting on {@code vigil.matches}, delivered as fast as
 * the stage goes), {@code latency} (matches at a paced rate, match-to-arrival delay measured by the
 * receiver) and {@code dead} (see {@link DeadEndpointBench}). Run with bench/alerts.sh.
 */
public final class AlertBench {
  static final String CHANNEL = "bench";

  public static void main(String[] args) throws Exception {
    // Every failed attempt logs a warning; the dead-endpoint run would print one per attempt.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.vigil.alert"))
        .setLevel(Level.ERROR);
    String mode = args.length > 0 ? args[0] : "all";
    System.out.printf(
        "cores=%d maxHeap=%d MB java=%s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"));
    if (mode.equals("throughput") || mode.equals("all")) {
      throughput(Integer.getInteger("alerts", 20_000));
    }
    if (mode.equals("latency") || mode.equals("all")) {
      latency(
          Integer.getInteger("rate", 100),
          Integer.getInteger("seconds", 60),
          Integer.getInteger("warmup", 10));
    }
    if (mode.equals("dead") || mode.equals("all")) {
      DeadEndpointBench.run(
          Integer.getInteger("hours", 1),
          Integer.getInteger("deadRate", 10),
          Integer.getInteger("speed", 10));
    }
    System.exit(0);
  }

  /** N distinct matches produced first, then the stage started: alerts delivered per second. */
  static void throughput(int n) throws Exception {
    System.out.printf("%n## throughput: %d alerts, load %s%n", n, load());
    try (BenchReceiver hook = new BenchReceiver(1);
        BenchStage s = new BenchStage()) {
      Instant at = Instant.now();
      for (int i = 0; i < n; i++) {
        s.produce(AlertSamples.match("t" + i, List.of(CHANNEL), at));
      }
      s.flush();
      long cpu0 = cpuNanos();
      long t0 = System.nanoTime();
      s.startAlerts(BenchStage.webhook(CHANNEL, hook.url()), Clock.systemUTC());
      long t10 = 0;
      long t90 = 0;
      long last = 0;
      StringBuilder perSecond = new StringBuilder();
      while (hook.received() < n && System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(10)) {
        Thread.sleep(1000);
        long got = hook.received();
        perSecond.append(got - last).append(' ');
        last = got;
        t10 = t10 == 0 && got >= n / 10 ? System.nanoTime() : t10;
        t90 = t90 == 0 && got >= n * 9L / 10 ? System.nanoTime() : t90;
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (cpuNanos() - cpu0) / 1e9;
      System.out.println("received per second: " + perSecond.toString().trim());
      System.out.printf(
          "delivered %d of %d in %.1f s (stage start to last, 1 s resolution): %.0f alerts/s; "
              + "10%%-90%%: %.0f alerts/s; CPU %.1f s (%.2f ms per alert); failed %.0f, duplicates %.0f; "
              + "heap after GC %.1f MB; load %s%n",
          hook.received(),
          n,
          wall,
          hook.received() / wall,
          n * 0.8 / ((t90 - t10) / 1e9),
          cpu,
          cpu * 1000 / n,
          s.count("failed", CHANNEL),
          s.count("duplicates", CHANNEL),
          heapAfterGc() / 1e6,
          load());
    }
  }

  /**
   * Matches at {@code rate} a second with matchedAt = the moment of producing; delay to arrival,
   * once the stage has delivered a first alert (the consumer group's join is not measured).
   */
  static void latency(int rate, int seconds, int warmup) throws Exception {
    System.out.printf(
        "%n## latency: %d alerts/s for %d s after %d s of warm-up, load %s%n",
        rate, seconds, warmup, load());
    try (BenchReceiver hook = new BenchReceiver(rate * seconds + rate);
        BenchStage s = new BenchStage()) {
      s.startAlerts(BenchStage.webhook(CHANNEL, hook.url()), Clock.systemUTC());
      // One alert through first, so the consumer group has joined before the pace starts.
      s.produce(AlertSamples.match("ready", List.of(CHANNEL), Instant.now()));
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> hook.received() > 0);
      AtomicLong sent = new AtomicLong(1);
      ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
      hook.countFrom(Instant.now().plusSeconds(warmup));
      long cpu0 = cpuNanos();
      pacer.scheduleAtFixedRate(
          () ->
              s.produce(
                  AlertSamples.match(
                      "l" + sent.getAndIncrement(), List.of(CHANNEL), Instant.now())),
          0,
          1_000_000 / rate,
          TimeUnit.MICROSECONDS);
      Thread.sleep(TimeUnit.SECONDS.toMillis(warmup + seconds));
      pacer.shutdown();
      double cpu = (cpuNanos() - cpu0) / 1e9;
      try {
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> hook.received() >= sent.get());
      } catch (ConditionTimeoutException e) {
        // Reported below: received falls short of sent.
      }
      long[] d = hook.sortedDelays();
      System.out.printf(
          "sent %d (1 before the pace), received %d; measured %d after warm-up: p50 %s, p95 %s, p99 %s, p99.9 %s, "
              + "max %s; CPU %.1f s over %d s; load %s%n",
          sent.get(),
          hook.received(),
          d.length,
          ms(d, 0.50),
          ms(d, 0.95),
          ms(d, 0.99),
          ms(d, 0.999),
          ms(d, 1.0),
          cpu,
          warmup + seconds,
          load());
    }
  }

  private static String ms(long[] sortedMicros, double q) {
    if (sortedMicros.length == 0) {
      return "-";
    }
    int i = (int) Math.min(sortedMicros.length - 1, Math.ceil(q * sortedMicros.length) - 1);
    return String.format("%.1f ms", sortedMicros[Math.max(0, i)] / 1000.0);
  }

  static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long cpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The 1-minute load average, as {@code uptime} shows it. */
  static String load() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  static Duration since(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos);
  }
}
