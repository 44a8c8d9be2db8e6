package dev.vigil.story;

import dev.vigil.article.Article;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an article reports, as far as telling two stories apart needs: the words of its headline
 * and lede in order, each marked as a name, a number or a plain word, and every name and number of
 * the whole text. Shingles say how much text two articles share; facts say whether they report the
 * same who, where and how many ({@link FactsCompare}).
 *
 * <p>Names are told by capitals: a capitalised word not at the start of a sentence, an acronym, or
 * a sentence-initial capitalised word that the text never writes in lower case. Words of scripts
 * without case (Arabic, Hebrew, ...) cannot be told apart that way and count as names.
 */
public record Facts(String[] words, byte[] kinds, int titleLength, boolean cut, Set<String> known) {
  static final byte PLAIN = 'p';
  static final byte NAME = 'N';
  static final byte MAYBE = 'M';
  static final byte NUMBER = '#';
  static final byte UNCASED = 'U';

  /** Body words kept in order after the headline: the lede, where who, where and how many are told. */
  static final int LEAD_WORDS = 150;

  public Facts {
    known = Set.copyOf(known);
  }

  static boolean salient(byte kind) {
    return kind != PLAIN;
  }

  int bodyLength() {
    return words.length - titleLength;
  }

  // Who wrote or where it was filed, not what happened: "By Jane Okafor", "Reporting by ...".
  private static final Pattern BYLINE = Pattern.compile(
      "(?m)^[ \\t]*(?:By|Reporting by|Writing by|Editing by|Additional reporting by|From our)\\b[^\\n]{0,120}$");
  // "KYIV (Reuters) - ", "WASHINGTON, Nov 8 (Reuters) - ", "(AP) — ", "МОСКВА, 14 апр - РИА Новости."
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^[ \\t]*(?:(?:\\p{Lu}[\\p{Lu} .,'-]*(?:, \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2})? )?(?:\\(\\p{L}[\\p{L} ]*\\) )?"
          + "[-\u2013\u2014] |\\p{Lu}[\\p{Lu} '-]+, \\d{1,2} \\p{Ll}{3,9}\\.? [-\u2013\u2014] [\\p{L} ]{2,30}\\. )");

  /** The facts of an article: its headline (without an outlet's name after it), summary and content. */
  public static Facts of(Article a) {
    String body = a.content().isBlank() || a.content().contains(a.summary().strip())
        ? (a.content().isBlank() ? a.summary() : a.content())
        : a.summary() + "\n" + a.content();
    body = DATELINE.matcher(BYLINE.matcher(body).replaceAll("")).replaceAll("");
    List<Word> title = Words.of(Headline.withoutTags(a, body));
    List<Word> text = Words.of(body);
    return of(title, text);
  }

  static Facts of(List<Word> title, List<Word> text) {
    Map<String, Boolean> named = new HashMap<>(); // lower-case form -> seen as a name (true) or in lower case
    for (List<Word> field : List.of(title, text)) {
      for (Word w : field) {
        if (w.kind() == NAME) named.put(w.lower(), true);
        else if (w.kind() == PLAIN) named.putIfAbsent(w.lower(), false);
      }
    }
    int lead = Math.min(text.size(), LEAD_WORDS);
    String[] words = new String[title.size() + lead];
    byte[] kinds = new byte[words.length];
    Set<String> known = new HashSet<>();
    for (int i = 0; i < title.size() + text.size(); i++) {
      Word w = i < title.size() ? title.get(i) : text.get(i - title.size());
      byte kind = w.kind() == MAYBE ? resolve(named.get(w.lower())) : w.kind();
      if (i < words.length) {
        words[i] = w.lower();
        kinds[i] = kind;
        known.add(w.lower());
      } else if (salient(kind)) {
        known.add(w.lower());
      }
    }
    return new Facts(words, kinds, title.size(), text.size() > lead, known);
  }

  private static byte resolve(Boolean seenAsName) {
    return seenAsName == null ? MAYBE : seenAsName ? NAME : PLAIN;
  }

  /** One line: the headline's length (+ if the lead was cut short), the lead as kind-marked words, the names and numbers beyond it. */
  public String encode() {
    StringBuilder b = new StringBuilder().append(titleLength).append(cut ? "+|" : "|");
    Set<String> rest = new HashSet<>(known);
    for (int i = 0; i < words.length; i++) {
      if (i > 0) b.append(' ');
      b.append((char) kinds[i]).append(words[i]);
      rest.remove(words[i]);
    }
    b.append('|').append(String.join(" ", rest.stream().sorted().toList()));
    return b.toString();
  }

  /** The inverse of {@link #encode}; throws {@link IllegalArgumentException} on anything else. */
  public static Facts decode(String s) {
    String[] parts = s.split("\\|", -1);
    if (parts.length != 3) throw new IllegalArgumentException("facts: expected three fields");
    List<String> lead = parts[1].isEmpty() ? List.of() : List.of(parts[1].split(" "));
    String[] words = new String[lead.size()];
    byte[] kinds = new byte[lead.size()];
    Set<String> known = new HashSet<>();
    for (int i = 0; i < words.length; i++) {
      String t = lead.get(i);
      if (t.length() < 2) throw new IllegalArgumentException("facts: empty word");
      kinds[i] = (byte) t.charAt(0);
      words[i] = t.substring(1);
      known.add(words[i]);
    }
    if (!parts[2].isEmpty()) known.addAll(List.of(parts[2].split(" ")));
    boolean cut = parts[0].endsWith("+");
    int title = Integer.parseInt(cut ? parts[0].substring(0, parts[0].length() - 1) : parts[0]);
    if (title < 0 || title > words.length) throw new IllegalArgumentException("facts: bad headline length");
    return new Facts(words, kinds, title, cut, known);
  }

  /** A word of the text with its kind as written, before the whole text is seen. */
  record Word(String lower, byte kind) {}

  /** Splits a field into words, marking names and numbers by case and position. */
  static final class Words {
    private Words() {}

    static List<Word> of(String field) {
      String s = Normalizer.normalize(field == null ? "" : field, Normalizer.Form.NFKC);
      boolean shouting = shouting(s);
      List<Word> out = new ArrayList<>();
      boolean sentenceStart = true;
      int i = 0;
      while (i < s.length()) {
        int cp = s.codePointAt(i);
        if (!wordChar(cp)) {
          if (".!?:;|\n\u2013\u2014\u2022".indexOf(cp) >= 0 || dash(s, i)) sentenceStart = true;
          i += Character.charCount(cp);
          continue;
        }
        // A word ends where letters turn to digits or back: "03h27" is 03 h 27, as "03:27" is.
        int start = i;
        boolean digits = Character.isDigit(cp);
        while (i < s.length() && wordChar(s.codePointAt(i)) && Character.isDigit(s.codePointAt(i)) == digits) {
          i += Character.charCount(s.codePointAt(i));
        }
        String w = s.substring(start, i);
        String lower = w.toLowerCase(Locale.ROOT);
        out.add(new Word(lower, NumberWords.value(lower) != null ? NUMBER : kind(w, sentenceStart, shouting)));
        sentenceStart = false;
      }
      return out;
    }

    private static boolean wordChar(int cp) {
      int t = Character.getType(cp);
      return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    // " - " separates like a full stop: "Police - two dead"; a hyphen inside a word ("al-Shabaab") does not.
    private static boolean dash(String s, int i) {
      return s.charAt(i) == '-' && i > 0 && i + 1 < s.length() && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ';
    }

    static byte kind(String w, boolean sentenceStart, boolean shouting) {
      int upper = 0, lower = 0, digits = 0;
      for (int i = 0; i < w.length(); ) {
        int cp = w.codePointAt(i);
        if (Character.isDigit(cp)) digits++;
        else if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) upper++;
        else if (Character.isLowerCase(cp)) lower++;
        i += Character.charCount(cp);
      }
      if (digits > 0) return NUMBER;
      if (upper == 0 && lower == 0) return UNCASED;
      if (upper == 0) return PLAIN;
      if (shouting) return MAYBE;
      if (upper > 1) return NAME; // an acronym or a name like McCain, wherever it stands
      return sentenceStart ? MAYBE : NAME;
    }

    // A field in capitals ("BREAKING: AIR RAID ALERT") or in title case says nothing by its capitals.
    private static boolean shouting(String s) {
      int words = 0, capitalised = 0, upper = 0, cased = 0;
      for (String w : s.split("[^\\p{L}\\p{N}]+")) {
        if (w.length() < 4 || !Character.isLetter(w.codePointAt(0))) continue;
        words++;
        if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        for (char c : w.toCharArray()) {
          if (Character.isUpperCase(c)) upper++;
          if (Character.isUpperCase(c) || Character.isLowerCase(c)) cased++;
        }
      }
      return cased > 0 && (upper * 10 >= cased * 6 || (words >= 3 && capitalised * 10 >= words * 7));
    }
  }
}
