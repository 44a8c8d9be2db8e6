package dev.vigil.story;

import dev.vigil.article.Article;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Rough throughput of {@link StoryIndex#assign} with 10,000 recent stories held. Not a JUnit test:
 * bench/stories.sh
 *
 * <p>Texts are synthetic: 150 words drawn from the word frequencies of the labelled set, so
 * unrelated stories share common-word shingles as real news does. Half the stream is new stories,
 * half copies of held ones with one word changed and a sentence cut.
 */
public final class StoryIndexBench {
  static final int STORIES = 10_000;
  static final int STREAM = 20_000;

  public static void main(String[] args) throws Exception {
    String[] vocab = vocabulary();
    SplittableRandom rnd = new SplittableRandom(42);
    StoryConfig config = StoryConfig.defaults().withLimits(Duration.ofHours(48), STORIES);
    System.out.printf(
        "config: %s%ncores %d, load average at start %.1f%n",
        config, Runtime.getRuntime().availableProcessors(), load());
    run("warm-up", config, vocab, new SplittableRandom(1), 4_000, 4_000);
    run("measured", config, vocab, rnd, STORIES, STREAM);
    System.out.printf("load average at end %.1f (other builds share this machine)%n", load());
  }

  static double load() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static void run(
      String label,
      StoryConfig config,
      String[] vocab,
      SplittableRandom rnd,
      int fill,
      int stream) {
    // Texts are made before the clock starts: only assign() is timed.
    List<String> held = new ArrayList<>();
    List<Article> filler = new ArrayList<>();
    for (int i = 0; i < fill; i++) {
      held.add(story(vocab, rnd));
      filler.add(article("f" + i, "https://feed" + (i % 500) + ".example/rss", held.get(i)));
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < stream; i++) {
      // A copy of one of the stories still held (the index keeps the newest maxStories).
      boolean copy = i % 2 == 0;
      String text =
          copy
              ? edit(
                  held.get(
                      held.size() - 1 - rnd.nextInt(Math.min(held.size(), config.maxStories()))),
                  vocab,
                  rnd)
              : story(vocab, rnd);
      if (!copy) held.add(text);
      articles.add(article("s" + i, "https://feed" + rnd.nextInt(500) + ".example/rss", text));
    }
    long before = usedAfterGc();
    StoryIndex index = new StoryIndex(config, Clock.systemUTC());
    long t0 = System.nanoTime();
    for (Article a : filler) index.assign(a);
    long t1 = System.nanoTime();
    int merged = 0;
    for (int i = 0; i < stream; i++) {
      if (!index.assign(articles.get(i)).first() && i % 2 == 0) merged++;
    }
    long t2 = System.nanoTime();
    MinHash minHash = new MinHash(config.numHashes(), config.seed());
    for (Article a : articles)
      minHash.signature(Shingles.hashes(StoryIndex.text(a), config.shingleK()));
    long t3 = System.nanoTime();
    // The texts are still referenced, so the difference is what the index holds.
    long used = usedAfterGc() - before;
    System.out.printf(
        "%s: fill %d stories %.0f articles/s; stream %d (half copies) %.0f articles/s"
            + " (shingles + signature alone %.0f/s); copies merged %.1f%%; stories held %d;"
            + " index heap %.1f MB (%.1f KB/story)%n",
        label,
        fill,
        rate(fill, t1 - t0),
        stream,
        rate(stream, t2 - t1),
        rate(stream, t3 - t2),
        100.0 * merged / (stream / 2.0),
        index.size(),
        used / 1048576.0,
        used / 1024.0 / index.size());
    if (articles.size() + filler.size() < 0) System.out.println(held); // keep the texts reachable
  }

  static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  static double rate(int n, long nanos) {
    return n / (nanos / 1e9);
  }

  static Article article(String id, String feed, String text) {
    return LabelledPairs.article(id, feed, "", text);
  }

  static String story(String[] vocab, SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < 150; w++) {
      sb.append(vocab[rnd.nextInt(vocab.length)]).append(w % 15 == 14 ? ". " : " ");
    }
    return sb.toString();
  }

  static String edit(String text, String[] vocab, SplittableRandom rnd) {
    String[] sentences = text.split("\\. ");
    StringBuilder sb = new StringBuilder();
    int cut = rnd.nextInt(sentences.length);
    for (int i = 0; i < sentences.length; i++) if (i != cut) sb.append(sentences[i]).append(". ");
    return sb.toString().replaceFirst(" \\S+ ", " " + vocab[rnd.nextInt(vocab.length)] + " ");
  }

  /** Every word of the labelled set, repeated as often as it occurs there: a unigram model. */
  static String[] vocabulary() throws Exception {
    Map<String, Article> texts = LabelledPairs.load().articles();
    List<String> words = new ArrayList<>();
    Map<String, Boolean> seenBase = new HashMap<>();
    for (var e : texts.entrySet()) {
      if (e.getKey().contains("~") || seenBase.put(e.getKey(), true) != null) continue;
      for (String w : Shingles.normalise(e.getValue().content()).split(" ")) words.add(w);
    }
    return words.toArray(String[]::new);
  }
}
