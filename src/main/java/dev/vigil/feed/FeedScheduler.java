package dev.vigil.feed;

import dev.vigil.config.FeedSpec;
import dev.vigil.config.PollerSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Decides when each feed is polled next. A feed's interval is the longest wait between polls; the
 * adaptive interval ({@link Cadence}) and jitter only ever make the wait shorter, down to the
 * minimum interval. Errors back off, and a {@code Retry-After} (RFC 9110 10.2.3) is obeyed. Time
 * and randomness are injected so schedules are tested without sleeping.
 */
public class FeedScheduler {
  private static final double JITTER = 0.1;
  private static final Duration FIRST_SPREAD = Duration.ofSeconds(10);

  private record Slot(FeedSpec spec, Instant due) {}

  private final Clock clock;
  private final Random random;
  private final Duration minInterval;
  private final PriorityQueue<Slot> queue = new PriorityQueue<>(Comparator.comparing(Slot::due));
  private final Set<String> scheduled = new HashSet<>();

  public FeedScheduler(Clock clock, Random random) {
    this(clock, random, PollerSettings.DEFAULT_MIN_INTERVAL);
  }

  /**
   * @param minInterval the shortest wait the adaptive interval may choose (a feed's own interval
   *     may be shorter)
   */
  public FeedScheduler(Clock clock, Random random, Duration minInterval) {
    this.clock = clock;
    this.random = random;
    this.minInterval = minInterval;
  }

  /**
   * Registers a feed; with a stored state it resumes that feed's rhythm instead of polling at once.
   */
  public synchronized void add(FeedSpec spec, FeedState state) {
    Instant now = clock.instant();
    long spreadMs = Math.min(spec.interval().toMillis(), FIRST_SPREAD.toMillis());
    Instant spread = now.plusMillis((long) (random.nextDouble() * spreadMs));
    Instant due = state == null || state.lastPolled() == null ? spread : next(spec, state);
    if (due != null && due.isBefore(spread)) {
      // Overdue after a restart or a takeover: spread them out instead of polling all at once.
      due = spread;
    }
    if (due != null && scheduled.add(spec.url())) {
      queue.add(new Slot(spec, due));
    }
  }

  /** Removes and returns the feeds that are due now; each comes back through {@link #completed}. */
  public synchronized List<FeedSpec> takeDue() {
    Instant now = clock.instant();
    List<FeedSpec> due = new ArrayList<>();
    while (!queue.isEmpty() && !queue.peek().due().isAfter(now)) {
      due.add(queue.poll().spec());
    }
    return due;
  }

  /** Schedules the next poll of a feed that was just polled; a disabled feed is dropped. */
  public synchronized void completed(FeedSpec spec, FeedState state) {
    Instant due = next(spec, state);
    if (!scheduled.contains(spec.url())) {
      return;
    }
    if (due == null) {
      scheduled.remove(spec.url());
    } else {
      queue.add(new Slot(spec, due));
    }
  }

  /**
   * Puts back a feed taken by {@link #takeDue} but not polled (its host was busy), due again at
   * {@code at}.
   */
  public synchronized void defer(FeedSpec spec, Instant at) {
    if (scheduled.contains(spec.url())) {
      queue.add(new Slot(spec, at));
    }
  }

  /** Stops scheduling a feed (it moved to another instance). */
  public synchronized void remove(String url) {
    scheduled.remove(url);
    queue.removeIf(slot -> slot.spec().url().equals(url));
  }

  /** Time until the earliest due feed (zero if one is due, null if none is scheduled). */
  public synchronized Duration untilNext() {
    if (queue.isEmpty()) {
      return null;
    }
    Duration d = Duration.between(clock.instant(), queue.peek().due());
    return d.isNegative() ? Duration.ZERO : d;
  }

  /**
   * When each scheduled feed is due next, by URL. A feed being polled right now, or not polled by
   * this instance, is absent.
   */
  public synchronized java.util.Map<String, Instant> dueTimes() {
    java.util.Map<String, Instant> due = new java.util.HashMap<>();
    for (Slot slot : queue) {
      due.merge(slot.spec().url(), slot.due(), (a, b) -> a.isBefore(b) ? a : b);
    }
    return due;
  }

  public synchronized int size() {
    return scheduled.size();
  }

  private Instant next(FeedSpec spec, FeedState state) {
    if (FeedState.DISABLED.equals(state.status())) {
      return null;
    }
    if (state.retryNotBefore() != null) {
      return state.retryNotBefore();
    }
    long ms = Cadence.interval(state, minInterval, spec.interval()).toMillis();
    long floor = Math.min(ms, minInterval.toMillis());
    long jittered = Math.max(floor, ms - (long) (random.nextDouble() * JITTER * ms));
    Instant from = state.lastPolled() != null ? state.lastPolled() : clock.instant();
    return from.plusMillis(jittered);
  }
}
