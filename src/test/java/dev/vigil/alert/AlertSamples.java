package dev.vigil.alert;

import dev.vigil.article.Article;
import dev.vigil.article.Match;
import dev.vigil.digest.DigestBook;
import dev.vigil.digest.DigestEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Matches, an in-memory outbox and delivery log for alert tests. */
public final class AlertSamples {
  private AlertSamples() {}

  public static Match match(String guid, List<String> channels, Instant at) {
    return match(guid, "", channels, at);
  }

  /** A match whose article carries this HTML form, as it came over Kafka. */
  static Match match(String guid, String html, List<String> channels, Instant at) {
    Article a =
        new Article(
            Article.SCHEMA,
            "a-" + guid,
            "http://127.0.0.1/world.rss",
            "Example World",
            guid,
            "http://127.0.0.1/news/" + guid,
            "Wagner <convoy> & \"allies\" " + guid,
            "PMC Wagner seen near the border.",
            "",
            html,
            List.of("World Desk"),
            List.of("Africa"),
            at.minusSeconds(60),
            at.minusSeconds(5),
            false);
    return Match.of("wagner", channels, List.of("Wagner"), a, at);
  }

  /** Records what the flow parks, in order. */
  static final class ListOutbox implements AlertOutbox {
    final List<PendingDelivery> retries = new ArrayList<>();
    final List<PendingDelivery> dead = new ArrayList<>();
    final List<DeliveryEvent> events = new ArrayList<>();

    /** The digest topic as the digest thread reads it back. */
    final DigestBook digests = new DigestBook();

    @Override
    public synchronized void defer(DigestEntry e) {
      digests.put(e);
    }

    @Override
    public synchronized void settle(DigestEntry e) {
      digests.remove(e.key());
    }

    @Override
    public synchronized void retry(PendingDelivery p) {
      retries.add(p);
    }

    @Override
    public synchronized void deadLetter(PendingDelivery p) {
      dead.add(p);
    }

    @Override
    public synchronized void record(DeliveryEvent e) {
      events.add(e);
    }

    /** Takes the queued retries, as the retry consumer would read them. */
    synchronized List<PendingDelivery> drainRetries() {
      List<PendingDelivery> out = List.copyOf(retries);
      retries.clear();
      return out;
    }
  }

  /** A delivery log in memory. */
  static final class MemoryLog implements DeliveryLog {
    final Set<String> keys = new HashSet<>();

    @Override
    public synchronized boolean delivered(String key) {
      return keys.contains(key);
    }

    @Override
    public synchronized void markDelivered(String key) {
      keys.add(key);
    }
  }
}
