package dev.vigil.story;

/**
 * Whether an acronym stands for words of a text: "boe" for "Bank of England", "idf" for "Israel
 * Defense Forces".
 */
final class Acronyms {
  private Acronyms() {}

  /**
   * True if {@code word} (2 to 6 letters) spells the initials of consecutive words of {@code
   * words}.
   */
  static boolean expands(String word, String[] words) {
    if (word.length() < 2 || word.length() > 6 || !word.chars().allMatch(Character::isLetter))
      return false;
    for (int start = 0; start < words.length; start++) {
      if (spells(word, words, start)) return true;
    }
    return false;
  }

  // Initials in order; "of", "and", "the" may be spelled ("BoE") or skipped ("IDF" has no "of").
  private static boolean spells(String word, String[] words, int at) {
    int c = 0;
    for (int i = at; i < words.length && c < word.length(); i++) {
      String w = words[i];
      if (w.isEmpty()) return false;
      if (w.charAt(0) == word.charAt(c)) {
        c++;
      } else if (!(w.equals("of") || w.equals("and") || w.equals("the") || w.equals("for"))) {
        return false;
      }
      if (i == at && c == 0) return false;
    }
    return c == word.length();
  }
}
