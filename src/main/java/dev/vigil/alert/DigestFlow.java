package dev.vigil.alert;

import dev.vigil.digest.Digest;
import dev.vigil.digest.DigestBook;
import dev.vigil.digest.DigestEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each channel's waiting alerts as one digest once they are due. A failed digest is tried
 * again with the retry policy's backoff, as a whole; when the policy gives up, its alerts go to the
 * dead-letter topic one by one, where {@code alerts dlq replay} can resend them. Kafka-free: the
 * daemon calls {@link #tick} from the thread that owns the digest topic.
 */
public final class DigestFlow {
  private static final Logger LOG = LoggerFactory.getLogger(DigestFlow.class);

  /** A channel whose last digest failed: attempts so far, since when, and when to try again. */
  private record Backoff(int attempts, Instant since, Instant next, String error) {}

  private final DeliveryFlow.Parts parts;
  private final Map<String, Backoff> backoff = new HashMap<>();

  public DigestFlow(DeliveryFlow.Parts parts) {
    this.parts = parts;
  }

  /** Sends every digest that is due; throws only when Kafka cannot take a record. */
  public void tick(DigestBook book) throws Exception {
    Instant now = parts.clock().instant();
    boolean refreshed = false;
    for (String channel : book.channels()) {
      Backoff b = backoff.get(channel);
      if (b != null && now.isBefore(b.next())) {
        continue;
      }
      List<DigestEntry> waiting = book.due(channel, now);
      if (waiting.isEmpty()) {
        continue;
      }
      if (!refreshed) { // what the alert stage delivered at once since, here or elsewhere
        parts.dispatcher().refresh();
        refreshed = true;
      }
      List<DigestEntry> due = fresh(book, waiting);
      if (!due.isEmpty()) {
        send(book, Digest.of(channel, due), b, now);
      }
    }
    parts.dispatcher().flush();
  }

  /**
   * Drops the alerts that already reached the channel (the first copy went out at once, or a crash
   * repeated one).
   */
  private List<DigestEntry> fresh(DigestBook book, List<DigestEntry> due) throws Exception {
    List<DigestEntry> out = new ArrayList<>();
    for (DigestEntry e : due) {
      if (parts.dispatcher().delivered(e.match(), e.channel())) {
        parts.dispatcher().countRepeat(e.match(), e.channel());
        settle(book, e);
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private void send(DigestBook book, Digest d, Backoff before, Instant now) throws Exception {
    if (before != null) {
      parts.metrics().retried(d.channel());
    }
    DeliveryResult r = parts.dispatcher().deliverDigest(d);
    if (!r.failed()) {
      backoff.remove(d.channel());
      for (DigestEntry e : d.entries()) {
        settle(book, e);
        if (r.status() == DeliveryResult.Status.DELIVERED) {
          parts
              .outbox()
              .record(
                  DeliveryEvent.of(
                      e.match(),
                      d.channel(),
                      DeliveryEvent.DELIVERED,
                      before == null ? 1 : before.attempts() + 1,
                      now,
                      null,
                      null));
        }
      }
      LOG.atInfo()
          .addKeyValue("channel", d.channel())
          .addKeyValue("digest_id", d.id())
          .addKeyValue("alerts", d.size())
          .log("digest sent");
      return;
    }
    int attempts = before == null ? 1 : before.attempts() + 1;
    Instant since = before == null ? now : before.since();
    Instant next = parts.policy().nextAttempt(attempts, since, r.retryAfter(), now, parts.random());
    if (next != null) {
      backoff.put(d.channel(), new Backoff(attempts, since, next, r.error()));
      d.entries()
          .forEach(
              e ->
                  parts
                      .outbox()
                      .record(
                          DeliveryEvent.of(
                              e.match(),
                              d.channel(),
                              DeliveryEvent.RETRYING,
                              attempts,
                              now,
                              next,
                              r.error())));
      return;
    }
    backoff.remove(d.channel());
    for (DigestEntry e : d.entries()) {
      parts
          .outbox()
          .deadLetter(
              new PendingDelivery(e.match(), d.channel(), attempts, null, r.error(), since));
      parts.metrics().deadLettered(d.channel());
      parts
          .outbox()
          .record(
              DeliveryEvent.of(
                  e.match(),
                  d.channel(),
                  DeliveryEvent.DEAD_LETTERED,
                  attempts,
                  now,
                  null,
                  r.error()));
      settle(book, e);
    }
    LOG.atError()
        .addKeyValue("channel", d.channel())
        .addKeyValue("digest_id", d.id())
        .addKeyValue("attempts", attempts)
        .addKeyValue("error", r.error())
        .log("digest dead-lettered");
  }

  private void settle(DigestBook book, DigestEntry e) throws Exception {
    parts.outbox().settle(e);
    book.remove(e.key());
  }
}
