package dev.vigil.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits a field into words, marking names, numbers and dates by case, position and form. */
final class Words {
  // "2:05 pm", "4:58 p.m.", "11.30am": the same time as 14:05, 16:58, 11:30.
  private static final Pattern CLOCK =
      Pattern.compile("\\b(\\d{1,2})([:.h]\\d{2}(?:[:.]\\d{2})?)\\s?([AaPp])\\.?\\s?[Mm]\\b\\.?");

  private Words() {}

  /** A word of the text with its kind as written, before the whole text is seen. */
  record Word(String lower, byte kind) {}

  static List<Word> of(String field) {
    String s = field == null ? "" : field;
    if (!Spellings.ascii(s)) s = Normalizer.normalize(s, Normalizer.Form.NFKC);
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
        out.add(new Word(date, date.startsWith("weekday") ? Facts.DATE : Facts.NUMBER));
      } else if (digits) {
        out.add(new Word(withoutLeadingZeros(lower), Facts.NUMBER));
      } else {
        out.add(
            new Word(
                lower, NumberWords.is(lower) ? Facts.NUMBER : kind(w, sentenceStart, shouting)));
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
    if (digits > 0) return Facts.NUMBER;
    if (upper == 0 && lower == 0) return Facts.UNCASED;
    if (upper == 0) return Facts.PLAIN;
    if (shouting) return Facts.MAYBE;
    if (upper > 1) return Facts.NAME; // an acronym or a name like McCain, wherever it stands
    return sentenceStart ? Facts.MAYBE : Facts.NAME;
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
    return cased > 0 && (upper * 10 >= cased * 6 || (words >= 3 && capitalised * 10 >= words * 7));
  }
}
