package dev.vigil.story;

import java.util.Set;

/**
 * Numbers written as words ("three more systems", "jailed for eight years"), which tell two stories
 * apart as digits do. The most common ones of the languages Vigil is used with, less those that are
 * also common words ("one", "un", "ein", "bir", Turkish "on") and the vague ones ("dozens",
 * "hundreds"), which a rewritten headline puts for a figure.
 */
final class NumberWords {
  private static final Set<String> WORDS =
      Set.of(
          // English, French, German, Spanish
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "twenty",
          "deux",
          "trois",
          "quatre",
          "cinq",
          "huit",
          "neuf",
          "dix",
          "onze",
          "douze",
          "vingt",
          "zwei",
          "drei",
          "vier",
          "fünf",
          "sechs",
          "sieben",
          "acht",
          "neun",
          "zehn",
          "zwölf",
          "zwanzig",
          "dos",
          "tres",
          "cuatro",
          "cinco",
          "seis",
          "siete",
          "ocho",
          "nueve",
          "diez",
          "doce",
          "veinte",
          // Russian, Ukrainian
          "один",
          "два",
          "три",
          "четыре",
          "пять",
          "шесть",
          "семь",
          "восемь",
          "девять",
          "десять",
          "чотири",
          "шість",
          "сім",
          "вісім",
          // Turkish, Arabic
          "iki",
          "üç",
          "dört",
          "beş",
          "altı",
          "yedi",
          "sekiz",
          "dokuz",
          "واحد",
          "اثنان",
          "ثلاثة",
          "أربعة",
          "خمسة",
          "ستة",
          "سبعة",
          "ثمانية",
          "تسعة",
          "عشرة");

  private NumberWords() {}

  /** Whether a lower-case word is a number: digits, or one of the number words. */
  static boolean is(String lower) {
    if (WORDS.contains(lower)) return true;
    if (lower.isEmpty()) return false;
    for (int i = 0; i < lower.length(); i++) {
      if (!Character.isDigit(lower.charAt(i))) return false;
    }
    return true;
  }
}
