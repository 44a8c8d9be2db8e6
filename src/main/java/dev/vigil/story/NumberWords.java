package dev.vigil.story;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers written as words ("three more systems", "jailed for eight years"), which tell two stories
 * apart as digits do. The most common ones of the languages Vigil is used with, less those that are
 * also common words ("one", "un", "ein", "bir", Turkish "on") and the vague ones ("dozens",
 * "hundreds"), which a rewritten headline puts for a figure.
 */
final class NumberWords {
  private static final Map<String, Long> VALUES = new HashMap<>();

  static {
    add(
        new String[] {
          null, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve"
        });
    add(
        new String[] {
          null, "deux", "trois", "quatre", "cinq", "six", null, "huit", "neuf", "dix", "onze",
          "douze"
        });
    add(
        new String[] {
          null, "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", null,
          "zwölf"
        });
    add(
        new String[] {
          null, "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", null,
          "doce"
        });
    add(
        new String[] {
          "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять"
        });
    add(
        new String[] {
          "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять", "десять"
        });
    add(new String[] {null, "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", null});
    add(
        new String[] {
          "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"
        });
    for (String w : new String[] {"twenty", "vingt", "zwanzig", "veinte"}) VALUES.put(w, 20L);
  }

  private NumberWords() {}

  private static void add(String[] words) {
    for (int i = 0; i < words.length; i++) {
      if (words[i] != null) VALUES.putIfAbsent(words[i], i + 1L);
    }
  }

  /** The value of a lower-case number word, or of a word of digits; null for any other word. */
  static Long value(String lower) {
    Long v = VALUES.get(lower);
    if (v != null || lower.isEmpty() || lower.length() > 15) return v;
    for (int i = 0; i < lower.length(); i++) {
      if (!Character.isDigit(lower.charAt(i))) return null;
    }
    return Long.parseLong(lower);
  }
}
