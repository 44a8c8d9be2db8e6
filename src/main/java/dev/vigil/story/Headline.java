package dev.vigil.story;

import dev.vigil.article.Article;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline without the outlet's name that many feeds append ("Quake hits Japan | Kyiv Post"), so
 * that two outlets' copies of one story do not differ by it. A place or a number after a dash is
 * part of the headline and stays ("Air raid alert - Kharkiv oblast", "M 4.6 - 35 km NW of Tobelo").
 */
final class Headline {
  // The last " | ", " - ", " – " or " — " and what follows it.
  private static final Pattern TAIL =
      Pattern.compile(
          "\\s+[|\u2013\u2014-]\\s+((?:(?!\\s[|\u2013\u2014-]\\s).)+)$|\\s+\\(([^()]+)\\)$");

  private static final java.util.Set<String> GENERIC =
      java.util.Set.of("www", "com", "org", "net", "news", "feeds", "rss", "feed", "localhost");

  private Headline() {}

  // "BREAKING:", "JUST IN -", "СРОЧНО:", "عاجل |": a flag of urgency, not part of what happened.
  private static final Pattern FLAG =
      Pattern.compile(
          "^\\s*(?:breaking(?: news)?|just in|update[d]?|urgent|live|watch|"
              + "exclusive|flash|alert|developing|срочно|молния|терміново|عاجل|son dakika|eilmeldung|eil|dernière minute|"
              + "urgent|última hora|urgente|فوری)\\s*(?:[:|\u2013\u2014-]\\s*|$)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The headline without a leading flag of urgency and without a trailing outlet name. */
  static String withoutTags(Article a, String body) {
    String title = a.title().strip();
    Matcher flag = FLAG.matcher(title);
    if (flag.lookingAt()) {
      title = title.substring(flag.end());
      // "عاجل | الميادين", "BREAKING - CNN": a flag and an outlet, the news is in the text.
      if (title.split("\\s+").length <= 2 && body.split("\\s+").length >= 10) return "";
    }
    Matcher m = TAIL.matcher(title);
    if (!m.find() || m.start() == 0) return title;
    String tail = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    String head = title.substring(0, m.start());
    return isOutlet(tail, head, body, a) ? head : title;
  }

  private static boolean isOutlet(String tail, String head, String body, Article a) {
    String[] words = tail.split("\\s+");
    if (words.length > 4 || head.split("\\s+").length < 3) return false;
    String joined =
        tail.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    if (tail.chars().anyMatch(Character::isDigit) && words.length > 2) return false;
    if (joined.length() >= 3 && (hostHas(a.feedUrl(), joined) || hostHas(a.link(), joined)))
      return true;
    // An outlet's name: capitalised words that the article itself never uses, under a real body.
    if (body.split("\\s+").length < 10) return false;
    // Capitalised words, or a number after one ("France 24"): a place with a figure is news.
    boolean named = false;
    for (String w : words) {
      if (w.isEmpty()) return false;
      if (Character.isUpperCase(w.codePointAt(0))) named = true;
      else if (!w.chars().allMatch(Character::isDigit) || !named) return false;
    }
    return !body.toLowerCase(Locale.ROOT).contains(tail.toLowerCase(Locale.ROOT));
  }

  // "Kyiv Post" on kyivpost.com, "BBC News" on bbc.co.uk: the name and a label of the host contain
  // one another.
  private static boolean hostHas(String url, String name) {
    if (url == null || url.isBlank()) return false;
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) return false;
      for (String label : host.toLowerCase(Locale.ROOT).split("\\.")) {
        if (label.length() >= 3
            && !GENERIC.contains(label)
            && (name.contains(label) || label.contains(name))) {
          return true;
        }
      }
    } catch (IllegalArgumentException e) {
      return false;
    }
    return false;
  }
}
