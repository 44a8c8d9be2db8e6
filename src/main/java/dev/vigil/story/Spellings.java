package dev.vigil.story;

/**
 * When two words are one: another form of a common word, or a name spelt or inflected otherwise.
 * What {@link FactsCompare} does not count as a difference between two texts.
 */
final class Spellings {
  private Spellings() {}

  /**
   * Two forms of one lower-case word: "destroy" / "destroyed", "attack" / "attacks". Not for names:
   * Niger is not Nigeria.
   */
  static boolean forms(String x, String y) {
    String shorter = x.length() <= y.length() ? x : y, longer = shorter == x ? y : x;
    return shorter.length() >= 4
        && longer.length() - shorter.length() <= 3
        && longer.startsWith(shorter);
  }

  /**
   * One word spelt or inflected two ways: "Kharkov" / "Kharkiv", "Odessa" / "Odesa", "Москве" /
   * "Москвы", "Хезболла" / "Хезболлы". Short words and numbers are never variants: Iran is not
   * Iraq.
   */
  static boolean variants(String x, String y) {
    if (x.chars().anyMatch(Character::isDigit) || y.chars().anyMatch(Character::isDigit))
      return false;
    if (undouble(x).equals(undouble(y))) return true;
    int shorter = Math.min(x.length(), y.length());
    int prefix = 0;
    while (prefix < shorter && x.charAt(prefix) == y.charAt(prefix)) prefix++;
    // Inflection ("Москве" / "Москвы", "Одеса" / "Одесі"), in scripts whose names inflect; in
    // Latin script a longer word is another name as often as not (Niger / Nigeria).
    if (!ascii(x)
        && prefix >= Math.max(4, shorter - 2)
        && Math.max(x.length(), y.length()) - prefix <= 3) return true;
    int d = distance(x, y, 3);
    return (d <= 1 && shorter >= 6) || (d <= 2 && shorter >= 9);
  }

  static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  private static String undouble(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) b.append(s.charAt(i));
    }
    return b.toString();
  }

  /** Levenshtein distance, or {@code cap} once it is at least that. */
  private static int distance(String x, String y, int cap) {
    if (Math.abs(x.length() - y.length()) >= cap) return cap;
    int[] prev = new int[y.length() + 1], cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) prev[j] = j;
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int sub = prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[y.length()], cap);
  }
}
