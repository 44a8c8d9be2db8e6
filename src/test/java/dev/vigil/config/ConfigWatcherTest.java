package dev.vigil.config;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigWatcherTest {
  @Test
  void aChangedFileTriggersOneReload(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("vigil.yml");
    Files.writeString(file, "rules: []\n");
    AtomicInteger reloads = new AtomicInteger();
    try (ConfigWatcher w = new ConfigWatcher(file, reloads::incrementAndGet)) {
      Files.writeString(file, "rules: [ { id: a, query: x } ]\n");
      await().atMost(Duration.ofSeconds(20)).until(() -> reloads.get() >= 1);
      Files.writeString(dir.resolve("notes.txt"), "not config");
      await()
          .during(Duration.ofSeconds(1))
          .atMost(Duration.ofSeconds(3))
          .until(() -> reloads.get() == 1);
    }
  }
}
