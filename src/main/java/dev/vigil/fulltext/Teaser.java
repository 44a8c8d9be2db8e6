package dev.vigil.fulltext;

import dev.vigil.article.Article;
import java.util.regex.Pattern;

/**
 * Whether a feed gave only a teaser of the article: text shorter than a threshold, or cut off with
 * an ellipsis or a "read more" link.
 */
final class Teaser {
  private static final Pattern CUT_OFF =
      Pattern.compile(
          "(\\.\\.\\.|…|\\[…]|\\[\\.\\.\\.]|read more|continue reading|weiterlesen|lire la suite|"
              + "leia mais|seguir leyendo|leer más|подробнее|читать далее)\\W*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Teaser() {}

  static boolean is(Article a, int minChars) {
    String text = a.content().isBlank() ? a.summary() : a.content();
    String t = text.strip();
    return t.length() < minChars || CUT_OFF.matcher(t).find();
  }
}
