package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The deterministic matching workload: a watchlist, standing queries and news-like articles, all
 * generated from fixed seeds so every run (and every JMH fork) sees the same ones.
 *
 * <ul>
 *   <li>Vocabulary: {@value #VOCAB} words with Zipfian frequencies (s = 1). The head is ~250 real
 *       English function and news words in rough frequency order; the tail is pronounceable
 *       pseudo-words, shorter ones more frequent (as in real text, which is what Lucene's
 *       length-based default term weighting relies on).
 *   <li>Topics: {@value #TOPICS} topics of {@value #TOPIC_WORDS} mid-frequency words each. An
 *       article is about one or two topics, and {@value #TOPIC_SHARE} of its words come from them,
 *       so that the words of an AND or NEAR query co-occur the way real query terms do.
 *   <li>Collocations: {@value #COLLOCATIONS} two- and three-word phrases, a few per article.
 *   <li>Watchlist: {@value #ENTITIES} entities (person, org, place, weapon) with a name and 4
 *       aliases each (5 names, including hyphenated designators and acronyms); 1 in 10 has
 *       exclusion words. An article mentions a few of them, popular entities more often.
 *   <li>Articles: ~3 KB (title, one-sentence summary, body of paragraphs).
 *   <li>Queries: see {@link #query(int)} for the mix.
 * </ul>
 */
final class Workload {
  static final int VOCAB = 50_000;
  static final int TOPICS = 100;
  static final int TOPIC_WORDS = 40;
  static final double TOPIC_SHARE = 0.3;
  static final int COLLOCATIONS = 3_000;
  static final int ENTITIES = 1_000;
  static final int ARTICLE_CHARS = 3_000;
  static final long SEED = 0x5EED_2024L;

  private static final String[] HEAD =
      ("the of and to a in that is for on was with he it as said at by "
              + "from his an be has have are but not they its were this who had which their been will would "
              + "after also more new one two over than about up out into year government people last first "
              + "other there could some when all years we i no she her what officials minister president "
              + "police state country told week says military security forces city including since against "
              + "three while during under before million percent between where military attack report "
              + "group national public local according former them our can officials may just since only "
              + "international company market police court law united news today month time world war "
              + "party election leader members between further told killed region border several four "
              + "statement spokesman agency both many most day thursday monday tuesday wednesday friday "
              + "saturday sunday early later despite through any because support plan health economic "
              + "foreign five city capital troops talks deal prices workers officials power oil gas energy "
              + "trade bank prime announced government's ministry defence defense army forces soldiers "
              + "aid crisis protest protesters violence ceasefire sanctions investigation evidence sources "
              + "water food emergency hospital school students children women men family home house "
              + "south north east west central coast province district village town area across near "
              + "around high low higher lower rose fell percent billion dollars euros budget tax")
          .split(" ");
  private static final String[] ONSETS = {
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
    "cr", "dr", "fr", "gr", "pr", "tr", "st", "sh", "ch", "th", "bl", "cl", "fl", "gl", "pl", "sl",
    "sk", "sp", "qu"
  };
  private static final String[] VOWELS = {
    "a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou", "io", "ie"
  };
  private static final String[] CODAS = {
    "", "", "", "n", "r", "s", "l", "t", "m", "nd", "st", "rk", "ng"
  };
  private static final String[] TYPES = {"person", "org", "place", "weapon"};

  final String[] vocab;
  private final double[] vocabCdf;
  final int[][] topics;
  private final double[] topicCdf;
  final String[][] collocations;
  private final double[] collocationCdf;
  final List<EntitySpec> entities;
  private final double[] entityCdf;

  /**
   * Words that exclusions use ("opera", "composer" in the real watchlist): mentioned now and then.
   */
  private final String[] exclusionWords;

  Workload() {
    SplittableRandom r = new SplittableRandom(SEED);
    Set<String> used = new HashSet<>();
    List<String> head = new ArrayList<>();
    for (String w : HEAD) {
      if (used.add(w)) {
        head.add(w);
      }
    }
    List<String> tail = new ArrayList<>();
    while (head.size() + tail.size() < VOCAB) {
      String w = pseudoWord(r, 1 + r.nextInt(4));
      if (w.length() >= 3 && used.add(w)) {
        tail.add(w);
      }
    }
    // Shorter words are more frequent (with noise), as in real text.
    List<String> sortedTail =
        tail.stream()
            .map(w -> new Object[] {w, w.length() + r.nextDouble() * 4})
            .sorted((a, b) -> Double.compare((double) a[1], (double) b[1]))
            .map(a -> (String) a[0])
            .collect(Collectors.toList());
    head.addAll(sortedTail);
    vocab = head.toArray(String[]::new);
    vocabCdf = zipfCdf(vocab.length, 1.0);

    topics = new int[TOPICS][TOPIC_WORDS];
    for (int t = 0; t < TOPICS; t++) {
      for (int i = 0; i < TOPIC_WORDS; i++) {
        topics[t][i] = logUniform(r, 400, VOCAB - 1);
      }
    }
    topicCdf = zipfCdf(TOPIC_WORDS, 0.8);

    collocations = new String[COLLOCATIONS][];
    for (int i = 0; i < COLLOCATIONS; i++) {
      int n = r.nextInt(4) == 0 ? 3 : 2;
      collocations[i] = new String[n];
      for (int j = 0; j < n; j++) {
        collocations[i][j] = vocab[logUniform(r, 150, 20_000)];
      }
    }
    collocationCdf = zipfCdf(COLLOCATIONS, 1.0);

    exclusionWords = new String[50];
    for (int i = 0; i < exclusionWords.length; i++) {
      exclusionWords[i] = vocab[logUniform(r, 500, 5_000)];
    }
    entities = new ArrayList<>();
    for (int i = 0; i < ENTITIES; i++) {
      entities.add(entity(r, i, used));
    }
    entityCdf = zipfCdf(ENTITIES, 1.0);
  }

  // ---------------------------------------------------------------- entities

  private EntitySpec entity(SplittableRandom r, int i, Set<String> used) {
    String id = String.format(Locale.ROOT, "e%04d", i);
    String type = TYPES[i % TYPES.length];
    String a = name(r, used);
    String b = name(r, used);
    String name;
    List<String> aliases;
    switch (type) {
      case "person" -> {
        name = a + " " + b;
        aliases =
            List.of(b, a.charAt(0) + ". " + b, "General " + b, a + " " + name(r, used) + " " + b);
      }
      case "org" -> {
        String acronym =
            (a.substring(0, 1) + b.substring(0, 2)).toUpperCase(Locale.ROOT)
                + (char) ('A' + i % 26);
        name = a + " " + b;
        aliases = List.of(acronym, a + " " + b + " Group", b + " Brigade", "PMC " + a);
      }
      case "place" -> {
        name = a;
        aliases = List.of(a + " " + b, "Al-" + b, b + " Province", a + "-" + b);
      }
      default -> {
        String letters = a.substring(0, 2).toUpperCase(Locale.ROOT);
        String designator = letters + "-" + (10 + i % 90);
        name = designator;
        aliases =
            List.of(
                a,
                letters + " " + (10 + i % 90) + " " + b,
                b + " launcher",
                a + "-M" + (1 + i % 9));
      }
    }
    if (i % 10 == 3) {
      List<String> exclude =
          List.of(
              exclusionWords[i % exclusionWords.length],
              exclusionWords[(i * 7 + 1) % exclusionWords.length]);
      return new EntitySpec(id, name, type, aliases, exclude, 5);
    }
    return new EntitySpec(id, name, type, aliases);
  }

  private static String name(SplittableRandom r, Set<String> used) {
    while (true) {
      String w = pseudoWord(r, 2 + r.nextInt(2));
      if (w.length() >= 4 && used.add(w)) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
    }
  }

  // ---------------------------------------------------------------- articles

  List<Article> articles(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(article(r, i));
    }
    return out;
  }

  private Article article(SplittableRandom r, int n) {
    int[] about =
        r.nextInt(3) == 0
            ? new int[] {r.nextInt(TOPICS), r.nextInt(TOPICS)}
            : new int[] {r.nextInt(TOPICS)};
    List<Integer> mentioned = new ArrayList<>();
    int mentions = 1 + r.nextInt(6);
    for (int i = 0; i < mentions; i++) {
      mentioned.add(sample(r, entityCdf));
    }
    String title = capitalise(sentenceWords(r, about, 7 + r.nextInt(6), 0.4, mentioned, 0.3));
    String summary = sentence(r, about, mentioned);
    StringBuilder body = new StringBuilder();
    while (title.length() + summary.length() + body.length() < ARTICLE_CHARS) {
      int sentences = 2 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        body.append(sentence(r, about, mentioned)).append(' ');
      }
      body.setLength(body.length() - 1);
      body.append("\n\n");
    }
    String id = String.format(Locale.ROOT, "bench-%06d", n);
    return new Article(
        Article.SCHEMA,
        id,
        "https://news.example.org/rss",
        "Example News",
        id,
        "https://www.example.org/world/" + id,
        title,
        summary,
        body.toString().strip(),
        List.of("Staff Reporter"),
        List.of("World"),
        Instant.EPOCH,
        Instant.EPOCH,
        false);
  }

  private String sentence(SplittableRandom r, int[] about, List<Integer> mentioned) {
    String s =
        capitalise(sentenceWords(r, about, 10 + r.nextInt(16), TOPIC_SHARE, mentioned, 0.025));
    return s + (r.nextInt(12) == 0 ? "?" : ".");
  }

  private String sentenceWords(
      SplittableRandom r,
      int[] about,
      int words,
      double topicShare,
      List<Integer> mentioned,
      double mentionChance) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < words) {
      if (b.length() > 0) {
        b.append(i > 3 && r.nextInt(14) == 0 ? ", " : " ");
      }
      double x = r.nextDouble();
      if (x < mentionChance && !mentioned.isEmpty()) {
        EntitySpec e = entities.get(mentioned.get(r.nextInt(mentioned.size())));
        List<String> names = e.names();
        String alias = names.get(r.nextInt(names.size()));
        b.append(alias).append(r.nextInt(8) == 0 ? "'s" : "");
        i += 2;
      } else if (x < mentionChance + 0.03) {
        b.append(String.join(" ", collocations[sample(r, collocationCdf)]));
        i += 2;
      } else if (x < mentionChance + 0.035) {
        b.append(exclusionWords[r.nextInt(exclusionWords.length)]);
        i++;
      } else if (x < mentionChance + 0.04) {
        b.append(
            r.nextInt(2) == 0
                ? String.valueOf(1 + r.nextInt(400))
                : String.valueOf(1990 + r.nextInt(35)));
        i++;
      } else if (x < mentionChance + 0.04 + topicShare) {
        int[] t = topics[about[r.nextInt(about.length)]];
        b.append(vocab[t[sample(r, topicCdf)]]);
        i++;
      } else {
        b.append(vocab[sample(r, vocabCdf)]);
        i++;
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- queries

  /**
   * The standing queries, each a {@link Q} that renders both as Vigil query text and as the regex
   * baseline's list of patterns. Query {@code i} of a set of N is the same for every N, so the
   * 1,000 are the first 1,000 of the 10,000, which are the first 10,000 of the 100,000.
   */
  List<Q> queries(int count) {
    List<Q> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(query(i));
    }
    return out;
  }

  static List<RuleSpec> rules(List<Q> queries) {
    List<RuleSpec> out = new ArrayList<>(queries.size());
    for (int i = 0; i < queries.size(); i++) {
      out.add(
          new RuleSpec(
              String.format(Locale.ROOT, "q%06d", i), queries.get(i).vigil(), List.of("bench")));
    }
    return out;
  }

  /**
   * The mix (of every 100 queries): 15 entity references (alone, ANDed with a word, NEAR a word, in
   * the title), 22 ANDs of 1–3 words, 18 OR groups ANDed with a word, 12 phrases (alone or with a
   * word), 10 NEAR/n, 10 field scopes (title:), 5 anchored prefix wildcards, 8 with a NOT. Words
   * come mostly from one topic, as an analyst's terms do.
   */
  Q query(int i) {
    SplittableRandom r = new SplittableRandom(SEED ^ (0x9E3779B97F4A7C15L * (i + 1)));
    int[] topic = topics[r.nextInt(TOPICS)];
    int kind = r.nextInt(100);
    if (kind < 15) {
      Q e = new Entity(entities.get(r.nextBoolean() ? r.nextInt(ENTITIES) : sample(r, entityCdf)));
      int form = r.nextInt(4);
      return switch (form) {
        case 0 -> e;
        case 1 -> and(e, word(r, topic));
        case 2 -> new Near(e, word(r, topic), 10);
        default -> new Title(e);
      };
    } else if (kind < 37) {
      int n = 1 + r.nextInt(3);
      List<Q> parts = new ArrayList<>();
      parts.add(n == 1 ? rareWord(r, topic) : word(r, topic));
      for (int k = 1; k < n; k++) {
        parts.add(word(r, topic));
      }
      return parts.size() == 1 ? parts.get(0) : new And(parts);
    } else if (kind < 55) {
      List<Q> alts = new ArrayList<>();
      int n = 2 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        alts.add(word(r, topic));
      }
      return and(new Or(alts), word(r, topic));
    } else if (kind < 67) {
      Q p =
          new Phrase(
              collocations[r.nextBoolean() ? r.nextInt(COLLOCATIONS) : sample(r, collocationCdf)]);
      return r.nextBoolean() ? p : and(p, word(r, topic));
    } else if (kind < 77) {
      return new Near(word(r, topic), word(r, topic), 2 + r.nextInt(9));
    } else if (kind < 87) {
      Q t =
          r.nextBoolean()
              ? new Title(word(r, topic))
              : new Title(new Or(List.of(word(r, topic), word(r, topic))));
      return r.nextInt(3) == 0 ? t : and(t, word(r, topic));
    } else if (kind < 92) {
      String w = vocab[topic[r.nextInt(TOPIC_WORDS)]];
      String stem = w.substring(0, Math.min(w.length(), Math.max(4, w.length() - 2)));
      return and(new Prefix(stem), word(r, topic));
    } else {
      return new And(List.of(word(r, topic), word(r, topic), new Not(word(r, topic))));
    }
  }

  /** A topic word, weighted to the topic's common words. */
  private Word word(SplittableRandom r, int[] topic) {
    return new Word(vocab[topic[sample(r, topicCdf)]]);
  }

  /** A single-word query is on a less common topic word, as one-word rules are in practice. */
  private Word rareWord(SplittableRandom r, int[] topic) {
    return new Word(vocab[topic[TOPIC_WORDS / 2 + r.nextInt(TOPIC_WORDS / 2)]]);
  }

  private static Q and(Q a, Q b) {
    return new And(List.of(a, b));
  }

  // ---------------------------------------------------------------- the query model

  /**
   * A regex clause of the baseline: must (or, negated, must not) find in the title or the whole
   * text.
   */
  record RegexClause(Pattern pattern, boolean titleOnly, boolean negated) {}

  /** One generated query: its Vigil text and its regex rules. */
  sealed interface Q permits Word, Phrase, Prefix, Entity, Or, And, Not, Near, Title {
    String vigil();

    /** A regex fragment matching the clause (for leaves and OR / NEAR). */
    String regex();

    /** The baseline's rules: one pattern per AND-ed clause, all must find. */
    default List<RegexClause> regexRules() {
      return List.of(new RegexClause(compile(regex()), false, false));
    }
  }

  record Word(String w) implements Q {
    public String vigil() {
      return w;
    }

    public String regex() {
      return "\\b" + Pattern.quote(w) + "\\b";
    }
  }

  record Phrase(String[] words) implements Q {
    public String vigil() {
      return "\"" + String.join(" ", words) + "\"";
    }

    public String regex() {
      return "\\b"
          + List.of(words).stream().map(Pattern::quote).collect(Collectors.joining("\\W+"))
          + "\\b";
    }
  }

  record Prefix(String stem) implements Q {
    public String vigil() {
      return stem + "*";
    }

    public String regex() {
      return "\\b" + Pattern.quote(stem) + "\\w*";
    }
  }

  /** {@code @id}; as a regex, the alternation of its names (exclusions are not expressed). */
  record Entity(EntitySpec e) implements Q {
    public String vigil() {
      return "@" + e.id();
    }

    public String regex() {
      return "\\b(?:"
          + e.names().stream()
              .map(
                  n ->
                      List.of(n.split("[\\s-]+")).stream()
                          .map(Pattern::quote)
                          .collect(Collectors.joining("[\\s-]*")))
              .collect(Collectors.joining("|"))
          + ")\\b";
    }
  }

  record Or(List<Q> alts) implements Q {
    public String vigil() {
      return "(" + alts.stream().map(Q::vigil).collect(Collectors.joining(" OR ")) + ")";
    }

    public String regex() {
      return "(?:" + alts.stream().map(Q::regex).collect(Collectors.joining("|")) + ")";
    }
  }

  record Not(Q q) implements Q {
    public String vigil() {
      return "NOT " + q.vigil();
    }

    public String regex() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<RegexClause> regexRules() {
      return List.of(new RegexClause(compile(q.regex()), false, true));
    }
  }

  record And(List<Q> parts) implements Q {
    public String vigil() {
      return parts.stream().map(Q::vigil).collect(Collectors.joining(" AND "));
    }

    public String regex() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<RegexClause> regexRules() {
      List<RegexClause> out = new ArrayList<>();
      parts.forEach(p -> out.addAll(p.regexRules()));
      return out;
    }
  }

  /** As a regex: either order, with at most {@code n} words between. */
  record Near(Q a, Q b, int n) implements Q {
    public String vigil() {
      return a.vigil() + " NEAR/" + n + " " + b.vigil();
    }

    public String regex() {
      String gap = "\\W+(?:\\w+\\W+){0," + n + "}?";
      return "(?:" + a.regex() + gap + b.regex() + "|" + b.regex() + gap + a.regex() + ")";
    }
  }

  record Title(Q q) implements Q {
    public String vigil() {
      return "title:" + q.vigil();
    }

    public String regex() {
      return q.regex();
    }

    @Override
    public List<RegexClause> regexRules() {
      return List.of(new RegexClause(compile(q.regex()), true, false));
    }
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  // ---------------------------------------------------------------- sampling

  private static String pseudoWord(SplittableRandom r, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
      if (s == syllables - 1 || r.nextInt(3) == 0) {
        b.append(CODAS[r.nextInt(CODAS.length)]);
      }
    }
    return b.toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static double[] zipfCdf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      cdf[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cdf[k] /= sum;
    }
    return cdf;
  }

  private static int sample(SplittableRandom r, double[] cdf) {
    double x = r.nextDouble();
    int lo = 0;
    int hi = cdf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int logUniform(SplittableRandom r, int lo, int hi) {
    return (int)
        Math.min(
            hi,
            Math.round(Math.exp(Math.log(lo) + r.nextDouble() * (Math.log(hi) - Math.log(lo)))));
  }
}
