package dev.vigil.match.analysis;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small guess at an article's language for {@code lang:} queries, since feeds rarely say.
 * Non-Latin scripts decide by script (Cyrillic with і/ї/є/ґ is Ukrainian, Arabic script with
 * پ/چ/ژ/گ is Persian); Latin text by counting very common function words. "und" when unsure.
 */
final class LanguageGuess {
  static final String UNKNOWN = "und";
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  private static final Map<String, Set<String>> STOPWORDS =
      Map.of(
          "en",
              Set.of(
                  "the", "and", "of", "to", "is", "in", "that", "with", "was", "for", "on", "are",
                  "by", "from"),
          "fr",
              Set.of(
                  "le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "que", "qui",
                  "sur", "au"),
          "de",
              Set.of(
                  "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "ein", "eine",
                  "auf", "sich", "im"),
          "es",
              Set.of(
                  "el", "los", "las", "y", "es", "una", "del", "que", "con", "por", "para", "se",
                  "en", "como"),
          "it",
              Set.of(
                  "il", "gli", "della", "e", "che", "di", "una", "per", "con", "sono", "non", "nel",
                  "del", "alla"),
          "pt",
              Set.of(
                  "o", "os", "as", "e", "que", "do", "da", "em", "uma", "para", "com", "não", "dos",
                  "na"),
          "nl",
              Set.of(
                  "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "met", "voor", "zijn",
                  "ook", "bij"),
          "tr",
              Set.of(
                  "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "gibi",
                  "olan", "ama"),
          "pl",
              Set.of(
                  "i", "w", "się", "na", "nie", "z", "że", "do", "jest", "to", "jak", "po", "przez",
                  "od"));

  private LanguageGuess() {}

  static String of(String text) {
    Map<UnicodeScript, Integer> scripts = scriptCounts(text);
    UnicodeScript main =
        scripts.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    if (main == null) {
      return UNKNOWN;
    }
    return switch (main) {
      case LATIN -> byStopwords(text);
      case CYRILLIC -> text.matches("(?s).*[іїєґІЇЄҐ].*") ? "uk" : "ru";
      case ARABIC -> text.matches("(?s).*[پچژگ].*") ? "fa" : "ar";
      case HEBREW -> "he";
      case GREEK -> "el";
      case HANGUL -> "ko";
      case HIRAGANA, KATAKANA -> "ja";
      case HAN ->
          scripts.containsKey(UnicodeScript.HIRAGANA) || scripts.containsKey(UnicodeScript.KATAKANA)
              ? "ja"
              : "zh";
      default -> UNKNOWN;
    };
  }

  private static Map<UnicodeScript, Integer> scriptCounts(String text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(c -> counts.merge(UnicodeScript.of(c), 1, Integer::sum));
    return counts;
  }

  private static String byStopwords(String text) {
    Map<String, Integer> hits = new java.util.HashMap<>();
    WORD.matcher(text.toLowerCase(Locale.ROOT))
        .results()
        .map(r -> r.group())
        .forEach(
            w ->
                STOPWORDS.forEach(
                    (lang, words) -> {
                      if (words.contains(w)) {
                        hits.merge(lang, 1, Integer::sum);
                      }
                    }));
    return hits.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(UNKNOWN);
  }
}
