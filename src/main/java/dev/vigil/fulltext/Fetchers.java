package dev.vigil.fulltext;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The full-text stage's fetch threads: named, and never keeping the JVM alive. */
final class Fetchers {
  private static final AtomicInteger COUNT = new AtomicInteger();

  static final ThreadFactory THREADS =
      r -> {
        Thread t = new Thread(r, "vigil-page-fetch-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
      };

  private Fetchers() {}
}
