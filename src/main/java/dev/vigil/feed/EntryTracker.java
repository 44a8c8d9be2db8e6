package dev.vigil.feed;

import dev.vigil.article.ArticleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts the entries of one fetched document into new, updated and already seen, against the feed's
 * {@link SeenEntries}, and yields the memory to store for the next poll.
 *
 * <p>An entry whose id was seen with a different text fingerprint is an update and keeps its id. A
 * guid seen before with a different link is taken as a recycled guid: a new story, whose id is made
 * from the guid and the link, so neither story hides the other (the first story's memory is kept
 * while the second is listed, or the second would later look new). Entries sharing an id in one
 * document count once, and not as an update while any of them matches what was seen, so duplicated
 * items cannot flip between versions from poll to poll.
 */
final class EntryTracker {
  /** What an entry is. */
  enum Verdict {
    NEW,
    UPDATE,
    SEEN
  }

  /** The verdict and the article id the entry gets. */
  record Decision(Verdict verdict, String id) {}

  /** Entries remembered at least, whatever the document's size. */
  static final int MIN_SEEN = 30;

  private record Resolved(String id, long key, int linkFp, int textFp) {}

  private final String feedUrl;
  private final Map<Long, Long> before = new LinkedHashMap<>();
  private final Map<Long, Long> current = new LinkedHashMap<>();
  private final Map<Long, Long> keep = new LinkedHashMap<>();

  EntryTracker(String feedUrl, byte[] seen) {
    this.feedUrl = feedUrl;
    for (long packed : SeenEntries.decode(seen)) {
      before.putIfAbsent(SeenEntries.keyOf(packed), packed);
    }
  }

  /** One decision per entry, in order; call once per document. */
  List<Decision> classify(List<ParsedFeed.Entry> entries) {
    Map<Long, Integer> owners = new HashMap<>();
    List<Resolved> resolved = new ArrayList<>();
    for (ParsedFeed.Entry e : entries) {
      resolved.add(resolve(e, owners));
    }
    Map<Long, List<Integer>> textsById = new HashMap<>();
    for (Resolved r : resolved) {
      textsById.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.textFp());
    }
    List<Decision> out = new ArrayList<>();
    for (Resolved r : resolved) {
      out.add(decide(r, textsById.get(r.key())));
    }
    return out;
  }

  /** The entry's id: from its key, unless its guid is recycled with another link. */
  private Resolved resolve(ParsedFeed.Entry e, Map<Long, Integer> owners) {
    String key = ArticleId.key(e.guid(), e.link(), e.title(), e.summary() + e.content());
    String link =
        e.link() == null || e.link().isBlank() ? null : ArticleId.normaliseLink(e.link().strip());
    int linkFp = SeenEntries.linkFingerprint(link);
    String id = ArticleId.of(feedUrl, key);
    long k = SeenEntries.key(id);
    Long rec = before.get(k);
    int owner = owners.computeIfAbsent(k, x -> rec != null ? SeenEntries.linkFp(rec) : linkFp);
    if (key.startsWith("guid:") && owner != 0 && linkFp != 0 && owner != linkFp) {
      if (rec != null) {
        keep.put(k, rec);
      }
      id = ArticleId.of(feedUrl, key + "\nlink:" + link);
      k = SeenEntries.key(id);
    }
    return new Resolved(
        id, k, linkFp, SeenEntries.textFingerprint(e.title(), e.summary(), e.content()));
  }

  private Decision decide(Resolved r, List<Integer> textsOfId) {
    if (current.containsKey(r.key())) {
      return new Decision(Verdict.SEEN, r.id());
    }
    Long rec = before.get(r.key());
    if (rec != null && textsOfId.contains(SeenEntries.textFp(rec))) {
      current.put(r.key(), rec);
      return new Decision(Verdict.SEEN, r.id());
    }
    current.put(r.key(), SeenEntries.pack(r.key(), r.linkFp(), r.textFp()));
    return new Decision(rec == null ? Verdict.NEW : Verdict.UPDATE, r.id());
  }

  /**
   * The memory to store: this document's entries, then earlier ones, up to twice the document's
   * size (at least {@link #MIN_SEEN}); a document that shrank suddenly keeps three quarters of the
   * earlier memory, so entries missing from one bad fetch are not new when they come back.
   */
  byte[] remember() {
    int cap =
        Math.max(MIN_SEEN, Math.max(2 * (current.size() + keep.size()), before.size() * 3 / 4));
    List<Long> out = new ArrayList<>(current.values());
    keep.forEach(
        (k, v) -> {
          if (!current.containsKey(k)) {
            out.add(v);
          }
        });
    for (Map.Entry<Long, Long> b : before.entrySet()) {
      if (out.size() >= cap) {
        break;
      }
      if (!current.containsKey(b.getKey()) && !keep.containsKey(b.getKey())) {
        out.add(b.getValue());
      }
    }
    return SeenEntries.encode(out);
  }
}
