package dev.vigil.config;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Calls back when the configuration should be re-read: a YAML, CSV or OPML file in the config
 * file's folder changed, or the process got SIGHUP. Changes are debounced, since editors write a
 * file in several steps.
 */
public final class ConfigWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);
  private static final long DEBOUNCE_MS = 300;

  private final WatchService watch;
  private final Thread thread;
  private final Runnable onChange;

  public ConfigWatcher(Path configFile, Runnable onChange) throws IOException {
    this.onChange = onChange;
    Path dir = configFile.toAbsolutePath().getParent();
    this.watch = FileSystems.getDefault().newWatchService();
    dir.register(watch, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
    this.thread = new Thread(this::run, "vigil-config-watch");
    this.thread.setDaemon(true);
    this.thread.start();
    try {
      Signal.handle(new Signal("HUP"), s -> fire("SIGHUP"));
    } catch (IllegalArgumentException e) {
      LOG.atInfo().log("SIGHUP is not available on this platform; file changes still reload");
    }
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = watch.take();
        boolean relevant =
            key.pollEvents().stream()
                .map(e -> String.valueOf(e.context()))
                .anyMatch(
                    n ->
                        n.endsWith(".yml")
                            || n.endsWith(".yaml")
                            || n.endsWith(".csv")
                            || n.endsWith(".opml"));
        key.reset();
        if (relevant) {
          // Let the writer finish, then drop the events it caused meanwhile.
          Thread.sleep(DEBOUNCE_MS);
          WatchKey more;
          while ((more = watch.poll(10, TimeUnit.MILLISECONDS)) != null) {
            more.pollEvents();
            more.reset();
          }
          fire("file change");
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closing
    }
  }

  private void fire(String why) {
    LOG.atInfo().addKeyValue("trigger", why).log("reloading configuration");
    try {
      onChange.run();
    } catch (RuntimeException e) {
      LOG.atError().setCause(e).log("reload failed; the previous configuration stays active");
    }
  }

  @Override
  public void close() throws IOException {
    watch.close();
    thread.interrupt();
  }
}
