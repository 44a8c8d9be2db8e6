package dev.vigil.story;

import dev.vigil.article.Article;
import dev.vigil.article.StorySignature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Groups syndicated copies of one story: MinHash signatures, LSH banding to find candidates, a
 * similarity estimated from the signatures ({@link StoryConfig#measure()}), and the articles' facts
 * ({@link FactsCompare}) to confirm them: text shared is not enough when each side names a place,
 * an actor or a number the other does not.
 *
 * <p>A story lives for {@link StoryConfig#window()} from its first copy; at most {@link
 * StoryConfig#maxStories()} are held, oldest evicted first. Thread-safe: the signature is computed
 * outside the lock, lookup and update under it.
 */
public final class StoryIndex {
  private final StoryConfig config;
  private final Clock clock;
  private final Signer signer;
  // Insertion order is first-seen order, so eviction by age and by count both pop from the head.
  private final LinkedHashMap<String, Story> stories = new LinkedHashMap<>();
  private final BandTable buckets = new BandTable();

  public StoryIndex(StoryConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.signer = new Signer(config);
  }

  /** The text a story is recognised by: headline, summary and body, as one shingle set. */
  public static String text(Article a) {
    return a.title() + "\n" + a.summary() + "\n" + a.body();
  }

  public StoryAssignment assign(Article article) {
    return assign(article.id(), signer.sign(article));
  }

  /**
   * The story of the article {@code articleId}, whose signature was computed where it was matched
   * (by a {@link Signer} with this index's configuration).
   */
  public StoryAssignment assign(String articleId, StorySignature signature) {
    String host = signature.host();
    if (signature.minhash() == null) return StoryAssignment.alone(articleId, host);
    Facts facts = Facts.decode(signature.facts());
    Story.Copy copy =
        new Story.Copy(signer.decode(signature.minhash()), signature.shingles(), signature.facts());
    synchronized (this) {
      long now = clock.millis();
      evict(now);
      Story replay = stories.get(articleId);
      if (replay != null) return StoryAssignment.alone(replay.id, replay.firstSource());
      Story best = null, apart = null;
      Story.Verdict bestVerdict = null, apartVerdict = null;
      for (Story c : candidates(copy.sig())) {
        Story.Verdict v = c.verdict(copy, facts, config.measure(), config.threshold());
        if (v.score() < config.threshold()) continue;
        if (v.difference() != null) {
          if (apart == null || v.score() > apartVerdict.score()) {
            apart = c;
            apartVerdict = v;
          }
        } else if (best == null || v.score() > bestVerdict.score()) {
          best = c;
          bestVerdict = v;
        }
      }
      if (best == null) {
        Story story = new Story(articleId, now);
        story.sources.put(host, articleId);
        addCopy(story, copy);
        stories.put(story.id, story);
        evict(now);
        return apart == null
            ? StoryAssignment.alone(story.id, host)
            : new StoryAssignment(
                story.id, true, 1, 1.0, true, host, apart.id, apartVerdict.difference());
      }
      String introducer = best.sources.putIfAbsent(host, articleId);
      boolean newSource = introducer == null || introducer.equals(articleId);
      if (introducer == null) best.changed = true;
      // An identical copy (a replay, or a verbatim syndication) would add nothing to match against.
      if (bestVerdict.score() < 1.0 && best.copies.size() < config.maxSignaturesPerStory())
        addCopy(best, copy);
      int sources = newSource ? best.rankOf(host) : best.sources.size();
      double toFirst = best.score(best.copies.get(0), copy, config.measure());
      return new StoryAssignment(
          best.id, false, sources, toFirst, newSource, best.firstSource(), null, null);
    }
  }

  /** One story's current state, for writing it through after {@link #assign}; empty if gone. */
  public synchronized Optional<StoryIndexState.StoryState> story(String storyId) {
    return Optional.ofNullable(stories.get(storyId)).map(Story::toState);
  }

  /**
   * A story's state if it changed since this was last asked (or since it was restored): what must
   * be written through after {@link #assign}, and nothing when a copy changed nothing.
   */
  public synchronized Optional<StoryIndexState.StoryState> changedStory(String storyId) {
    Story s = stories.get(storyId);
    if (s == null || !s.changed) return Optional.empty();
    s.changed = false;
    return Optional.of(s.toState());
  }

  /** Stories currently held. */
  public synchronized int size() {
    return stories.size();
  }

  public synchronized StoryIndexState toState() {
    List<StoryIndexState.StoryState> out = new ArrayList<>(stories.size());
    for (Story s : stories.values()) out.add(s.toState());
    return new StoryIndexState(
        StoryIndexState.VERSION, config.shingleK(), config.numHashes(), config.seed(), out);
  }

  /** Rebuilds an index from a snapshot; refuses one made with other MinHash parameters. */
  public static StoryIndex fromState(StoryIndexState state, StoryConfig config, Clock clock) {
    if (state.version() != StoryIndexState.VERSION
        || state.shingleK() != config.shingleK()
        || state.numHashes() != config.numHashes()
        || state.seed() != config.seed()) {
      throw new IllegalArgumentException("story state made with other parameters");
    }
    StoryIndex index = new StoryIndex(config, clock);
    synchronized (index) {
      for (StoryIndexState.StoryState s : state.stories()) {
        Story story = Story.fromState(s, index.signer);
        story.changed = false;
        index.stories.put(story.id, story);
        for (Story.Copy c : story.copies) index.indexBands(story, c.sig());
      }
      index.evict(clock.millis());
    }
    return index;
  }

  private Set<Story> candidates(long[] sig) {
    Set<Story> out = new LinkedHashSet<>();
    for (int b = 0; b < config.bands(); b++) buckets.collect(bandKey(sig, b), out);
    return out;
  }

  private void addCopy(Story story, Story.Copy copy) {
    story.copies.add(copy);
    story.changed = true;
    indexBands(story, copy.sig());
  }

  private void indexBands(Story story, long[] sig) {
    for (int b = 0; b < config.bands(); b++) buckets.put(bandKey(sig, b), story);
  }

  private void evict(long now) {
    long oldest = now - config.window().toMillis();
    Iterator<Story> it = stories.values().iterator();
    while (it.hasNext()) {
      Story s = it.next();
      if (s.firstSeen >= oldest && stories.size() <= config.maxStories()) break;
      it.remove();
      for (Story.Copy c : s.copies) {
        for (int b = 0; b < config.bands(); b++) buckets.remove(bandKey(c.sig(), b), s);
      }
    }
  }

  // The band number is mixed in so equal rows in different bands do not share a bucket.
  private long bandKey(long[] sig, int band) {
    long h = Mix.mix64(band + 1L);
    for (int i = band * config.rows(); i < (band + 1) * config.rows(); i++)
      h = Mix.mix64(h ^ sig[i]);
    return h;
  }
}
