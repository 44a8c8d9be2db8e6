package dev.vigil.story;

import dev.vigil.article.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an article reports, as far as telling two stories apart needs: the words of its headline and
 * lede in order, each marked as a name, a number or a plain word, and every name and number of the
 * whole text. Shingles say how much text two articles share; facts say whether they report the same
 * who, where and how many ({@link FactsCompare}).
 *
 * <p>Names are told by capitals: a capitalised word not at the start of a sentence, an acronym, or
 * a sentence-initial capitalised word that the text never writes in lower case. Words of scripts
 * without case (Arabic, Hebrew, ...) cannot be told apart that way and count as names.
 */
public final class Facts {
  static final byte PLAIN = 'p';
  static final byte NAME = 'N';
  static final byte MAYBE = 'M';
  static final byte NUMBER = '#';
  static final byte UNCASED = 'U';
  static final byte DATE = 'D';

  /**
   * Body words kept in order after the headline: the lede, where who, where and how many are told.
   */
  static final int LEAD_WORDS = 150;

  // Who wrote it, not what happened: "By Jane Okafor", "Reporting by ...; Editing by ...".
  private static final List<String> BYLINES =
      List.of(
          "By ",
          "Reporting by ",
          "Writing by ",
          "Editing by ",
          "Additional reporting by ",
          "From our ");
  // "KYIV (Reuters) - ", "WASHINGTON, Nov 8 (Reuters) - ", "(AP) — ", "МОСКВА, 14 апр - РИА
  // Новости."
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(?:(?:\\p{Lu}[\\p{Lu} .'-]*(?:, (?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}|\\d{1,2} \\p{Lu}\\p{Ll}{2,8}))? )?"
              + "(?:\\(\\p{L}[\\p{L} ]*\\) )?[-\u2013\u2014] "
              + "|\\p{Lu}[\\p{Lu} '-]+, \\d{1,2} \\p{Ll}{3,9}\\.? [-\u2013\u2014] [\\p{L} ]{2,30}\\. )");

  private final String[] words;
  private final byte[] kinds;
  private final int titleLength;
  private final boolean cut;
  private final String[] names;
  private Set<String> known;

  /**
   * @param words the headline's words, then the lede's, lower case
   * @param kinds each word's kind: {@link #PLAIN}, {@link #NAME}, {@link #MAYBE}, {@link #NUMBER}
   *     or {@link #UNCASED}
   * @param titleLength how many of {@code words} are the headline's
   * @param cut whether the text goes on beyond the lede
   * @param names the names and numbers of the text beyond the lede
   */
  Facts(String[] words, byte[] kinds, int titleLength, boolean cut, String[] names) {
    this.words = words;
    this.kinds = kinds;
    this.titleLength = titleLength;
    this.cut = cut;
    this.names = names;
  }

  static boolean salient(byte kind) {
    return kind != PLAIN;
  }

  String[] words() {
    return words;
  }

  byte[] kinds() {
    return kinds;
  }

  int titleLength() {
    return titleLength;
  }

  boolean cut() {
    return cut;
  }

  /** The names and numbers of the text beyond the lede. */
  String[] names() {
    return names;
  }

  int bodyLength() {
    return words.length - titleLength;
  }

  /**
   * Every word of the headline and lede, and the names and numbers of the rest; made when first
   * asked.
   */
  Set<String> known() {
    if (known == null) {
      Set<String> k = new HashSet<>(2 * (words.length + names.length));
      k.addAll(Arrays.asList(words));
      k.addAll(Arrays.asList(names));
      known = k;
    }
    return known;
  }

  /**
   * The facts of an article: its headline (without an outlet's name after it), summary and body
   * (the page's full text when it was fetched).
   */
  public static Facts of(Article a) {
    String text = a.body();
    String body =
        text.isBlank() || text.contains(a.summary().strip())
            ? (text.isBlank() ? a.summary() : text)
            : a.summary() + "\n" + text;
    body = DATELINE.matcher(withoutBylines(body)).replaceFirst("");
    return of(Words.of(Headline.withoutTags(a, body)), Words.of(body));
  }

  private static String withoutBylines(String body) {
    if (!body.contains("By ") && !body.contains(" by ") && !body.contains("From our ")) return body;
    StringBuilder out = new StringBuilder(body.length());
    for (String line : body.split("\n", -1)) {
      String t = line.strip();
      if (t.length() > 120 || BYLINES.stream().noneMatch(t::startsWith)) out.append(line);
      out.append('\n');
    }
    return out.toString();
  }

  static Facts of(List<Words.Word> title, List<Words.Word> text) {
    int lead = Math.min(text.size(), LEAD_WORDS);
    String[] words = new String[title.size() + lead];
    byte[] kinds = new byte[words.length];
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < title.size() + text.size(); i++) {
      Words.Word w = i < title.size() ? title.get(i) : text.get(i - title.size());
      byte kind = w.kind() == MAYBE ? resolve(w.lower(), title, text) : w.kind();
      if (i < words.length) {
        words[i] = w.lower();
        kinds[i] = kind;
      } else if (salient(kind)) {
        names.add(w.lower());
      }
    }
    return new Facts(words, kinds, title.size(), text.size() > lead, names.toArray(String[]::new));
  }

  // A capitalised word at a sentence's start is a name if the text writes it so elsewhere too, a
  // plain word if the text also writes it in lower case, and uncertain if neither.
  private static byte resolve(String lower, List<Words.Word> title, List<Words.Word> text) {
    byte seen = MAYBE;
    for (List<Words.Word> field : List.of(title, text)) {
      for (Words.Word w : field) {
        if (!w.lower().equals(lower)) continue;
        if (w.kind() == NAME) return NAME;
        if (w.kind() == PLAIN) seen = PLAIN;
      }
    }
    return seen;
  }

  /**
   * One line: the headline's length (+ if the lead was cut short), the lead as kind-marked words,
   * the names and numbers beyond it.
   */
  public String encode() {
    StringBuilder b =
        new StringBuilder(words.length * 8 + names.length * 8)
            .append(titleLength)
            .append(cut ? "+|" : "|");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) b.append(' ');
      b.append((char) kinds[i]).append(words[i]);
    }
    b.append('|');
    for (int i = 0; i < names.length; i++) {
      if (i > 0) b.append(' ');
      b.append(names[i]);
    }
    return b.toString();
  }

  /** The inverse of {@link #encode}; throws {@link IllegalArgumentException} on anything else. */
  public static Facts decode(String s) {
    int bar1 = s.indexOf('|'), bar2 = bar1 < 0 ? -1 : s.indexOf('|', bar1 + 1);
    if (bar2 < 0 || s.indexOf('|', bar2 + 1) >= 0)
      throw new IllegalArgumentException("facts: expected three fields");
    String[] lead = split(s, bar1 + 1, bar2);
    String[] words = new String[lead.length];
    byte[] kinds = new byte[lead.length];
    for (int i = 0; i < words.length; i++) {
      if (lead[i].length() < 2) throw new IllegalArgumentException("facts: empty word");
      kinds[i] = (byte) lead[i].charAt(0);
      words[i] = lead[i].substring(1);
    }
    String head = s.substring(0, bar1);
    boolean cut = head.endsWith("+");
    int title;
    try {
      title = Integer.parseInt(cut ? head.substring(0, head.length() - 1) : head);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("facts: bad headline length");
    }
    if (title < 0 || title > words.length)
      throw new IllegalArgumentException("facts: bad headline length");
    return new Facts(words, kinds, title, cut, split(s, bar2 + 1, s.length()));
  }

  private static String[] split(String s, int from, int to) {
    List<String> out = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || s.charAt(i) == ' ') {
        if (i > start) out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    return out.toArray(String[]::new);
  }
}
