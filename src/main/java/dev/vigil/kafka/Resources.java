package dev.vigil.kafka;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a stage or the daemon has opened, closed in the reverse order. A failure to close one is
 * logged and the rest are still closed.
 */
public final class Resources implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Resources.class);
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();

  /** Keeps {@code r} to be closed before everything kept earlier; returns it. */
  public synchronized <T extends AutoCloseable> T add(T r) {
    opened.push(r);
    return r;
  }

  @Override
  public void close() {
    while (true) {
      AutoCloseable r;
      synchronized (this) {
        if (opened.isEmpty()) {
          return;
        }
        r = opened.pop();
      }
      try {
        r.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        LOG.atWarn().setCause(e).log("error while stopping " + r.getClass().getSimpleName());
      }
    }
  }
}
