package dev.vigil.fulltext;

import java.util.regex.Pattern;

/** The headline in a page's {@code <title>}: the site's name after a separator taken off. */
final class PageTitle {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—\\\\/>»:]\\s+");

  private PageTitle() {}

  static String clean(String title) {
    String t = title == null ? "" : title.trim().replaceAll("\\s+", " ");
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return t.isEmpty() ? null : t;
    }
    // The headline is the longest part, as long as it has a few words: "Story - Site" or
    // "Site | Story".
    String best = parts[0];
    for (String p : parts) {
      if (p.length() > best.length()) {
        best = p;
      }
    }
    return best.split(" ").length >= 3 ? best : t;
  }
}
