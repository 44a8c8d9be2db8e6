package dev.vigil.story;

import dev.vigil.article.Article;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

  // "2:05 pm", "4:58 p.m.", "11.30am": the same time as 14:05, 16:58, 11:30.
  private static final Pattern CLOCK =
      Pattern.compile("\\b(\\d{1,2})([:.h]\\d{2}(?:[:.]\\d{2})?)\\s?([AaPp])\\.?\\s?[Mm]\\b\\.?");

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
   * The facts of an article: its headline (without an outlet's name after it), summary and content.
   */
  public static Facts of(Article a) {
    String body =
        a.content().isBlank() || a.content().contains(a.summary().strip())
            ? (a.content().isBlank() ? a.summary() : a.content())
            : a.summary() + "\n" + a.content();
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

  static Facts of(List<Word> title, List<Word> text) {
    int lead = Math.min(text.size(), LEAD_WORDS);
    String[] words = new String[title.size() + lead];
    byte[] kinds = new byte[words.length];
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < title.size() + text.size(); i++) {
      Word w = i < title.size() ? title.get(i) : text.get(i - title.size());
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
  private static byte resolve(String lower, List<Word> title, List<Word> text) {
    byte seen = MAYBE;
    for (List<Word> field : List.of(title, text)) {
      for (Word w : field) {
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

  /** A word of the text with its kind as written, before the whole text is seen. */
  record Word(String lower, byte kind) {}

  /** Splits a field into words, marking names and numbers by case and position. */
  static final class Words {
    private Words() {}

    static List<Word> of(String field) {
      String s = field == null ? "" : field;
      if (!ascii(s)) s = Normalizer.normalize(s, Normalizer.Form.NFKC);
      s = twentyFourHours(s);
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
        while (i < s.length()
            && wordChar(s.codePointAt(i))
            && Character.isDigit(s.codePointAt(i)) == digits) {
          i += Character.charCount(s.codePointAt(i));
        }
        String w = s.substring(start, i);
        if (!digits && !hasLetter(w)) {
          continue; // marks alone, such as an emoji's variation selector
        }
        String lower = w.toLowerCase(Locale.ROOT);
        String date = CalendarWords.of(lower, Character.isUpperCase(w.codePointAt(0)));
        if (date != null) {
          out.add(new Word(date, date.startsWith("weekday") ? DATE : NUMBER));
        } else if (digits) {
          out.add(new Word(withoutLeadingZeros(lower), NUMBER));
        } else {
          out.add(
              new Word(
                  lower,
                  NumberWords.value(lower) != null ? NUMBER : kind(w, sentenceStart, shouting)));
        }
        sentenceStart = false;
      }
      return CalendarWords.portugueseWeekdays(out);
    }

    static String twentyFourHours(String s) {
      if (!clock12(s)) return s;
      return CLOCK
          .matcher(s)
          .replaceAll(
              m -> {
                int h = Integer.parseInt(m.group(1));
                boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
                int hour = pm && h < 12 ? h + 12 : !pm && h == 12 ? 0 : h;
                return hour + m.group(2).replace('.', ':').replace('h', ':');
              });
    }

    // Whether "am" or "pm" (or a.m., p.m.) follows a digit anywhere: the regex only runs then.
    private static boolean clock12(String s) {
      for (int i = 2; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c != 'm' && c != 'M') continue;
        int j = i - 1;
        if (s.charAt(j) == '.' && j > 0) j--;
        char ap = Character.toLowerCase(s.charAt(j));
        if (ap != 'a' && ap != 'p') continue;
        int k = j - 1;
        if (k > 0 && s.charAt(k) == ' ') k--;
        if (k >= 0 && Character.isDigit(s.charAt(k))) return true;
      }
      return false;
    }

    private static boolean hasLetter(String w) {
      for (int i = 0; i < w.length(); i++) {
        if (Character.isLetter(w.charAt(i))) return true;
      }
      return false;
    }

    // "03" is 3, as in "3:46 AM"; "۳" is 3.
    private static String withoutLeadingZeros(String digits) {
      StringBuilder b = new StringBuilder(digits.length());
      for (int i = 0; i < digits.length(); i++) {
        int d = Character.digit(digits.charAt(i), 10);
        if (d > 0 || b.length() > 0 || i == digits.length() - 1)
          b.append((char) ('0' + Math.max(d, 0)));
      }
      return b.toString();
    }

    private static boolean ascii(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) >= 0x80) return false;
      }
      return true;
    }

    private static boolean wordChar(int cp) {
      int t = Character.getType(cp);
      return Character.isLetterOrDigit(cp)
          || t == Character.NON_SPACING_MARK
          || t == Character.COMBINING_SPACING_MARK;
    }

    // " - " separates like a full stop: "Police - two dead"; a hyphen inside a word ("al-Shabaab")
    // does not.
    private static boolean dash(String s, int i) {
      return s.charAt(i) == '-'
          && i > 0
          && i + 1 < s.length()
          && s.charAt(i - 1) == ' '
          && s.charAt(i + 1) == ' ';
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

    // A field in capitals ("BREAKING: AIR RAID ALERT") or in title case says nothing by its
    // capitals.
    private static boolean shouting(String s) {
      int words = 0, capitalised = 0, upper = 0, cased = 0;
      int i = 0;
      while (i < s.length()) {
        if (!Character.isLetterOrDigit(s.charAt(i))) {
          i++;
          continue;
        }
        int start = i, wordUpper = 0, wordCased = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
          char c = s.charAt(i++);
          if (Character.isUpperCase(c)) wordUpper++;
          if (Character.isUpperCase(c) || Character.isLowerCase(c)) wordCased++;
        }
        if (i - start < 4 || !Character.isLetter(s.charAt(start))) continue;
        words++;
        if (Character.isUpperCase(s.charAt(start))) capitalised++;
        upper += wordUpper;
        cased += wordCased;
      }
      return cased > 0
          && (upper * 10 >= cased * 6 || (words >= 3 && capitalised * 10 >= words * 7));
    }
  }
}
