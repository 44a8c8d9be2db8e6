package dev.vigil.fulltext;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What marks a part of a page as boilerplate or as article, by tag, role, class and id: the signs
 * Readability-style extractors use, plus the boxes news sites put beside and inside articles (most
 * popular, newsletter sign-ups, share bars, cookie notices, recirculation).
 */
final class Boilerplate {
  /** Never article text. */
  static final String REMOVED =
      "script, style, noscript, template, iframe, svg, canvas, object, embed, button, input,"
          + " select, textarea, nav, aside, footer, dialog, figcaption, [hidden],"
          + " [aria-hidden=true], [role=navigation], [role=complementary], [role=banner],"
          + " [role=contentinfo], [role=dialog], [role=alertdialog], [role=menu], [role=menubar]";

  /** Readability's names of boxes that are never the article. */
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|"
              + "footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
              + "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|"
              + "yom-remote");

  /**
   * More names of boxes news sites use. Sites also give them to wrappers of the whole article
   * ("share-container"), so they count only for an element with little prose in it.
   */
  private static final Pattern BOXES =
      Pattern.compile(
          "\\bads?\\b|advert|newsletter|share|sharing|promo|subscri|cookie|consent|trending|"
              + "popular|outbrain|taboola|recirc|signup|sign-up|paywall|toolbar|masthead|navbar|"
              + "widget|more-stories|read-more|readmore|also-read");

  private static final int PROSE_CHARS = 400;

  private static final Pattern MAYBE =
      Pattern.compile("and|article|body|column|content|main|shadow|story|post|entry");

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");

  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|\\bhid\\b|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|"
              + "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
              + "shopping|tags|tool|widget|newsletter|subscri|trending|popular|taboola|byline|"
              + "caption|credit|recirc|signup|read-more|readmore|more-stories");

  private static final Set<String> LABELS =
      Set.of(
          "advertisement",
          "advert",
          "ad",
          "sponsored",
          "sponsored content",
          "share",
          "share this",
          "share this article",
          "read more",
          "continue reading",
          "related",
          "related articles",
          "most popular",
          "trending");

  private Boilerplate() {}

  static String signs(Element e) {
    return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
  }

  /** Looks like a box beside the article, not part of it. */
  static boolean unlikely(Element e) {
    String s = signs(e);
    if (s.length() <= 1 || MAYBE.matcher(s).find()) {
      return false;
    }
    return UNLIKELY.matcher(s).find() || BOXES.matcher(s).find() && prose(e) < PROSE_CHARS;
  }

  /** Characters of paragraph text inside {@code e}. */
  private static int prose(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      n += p.text().length();
      if (n >= PROSE_CHARS) {
        break;
      }
    }
    return n;
  }

  /** Readability's class weight: +25 for article-like names, -25 for boilerplate-like ones. */
  static int weight(Element e) {
    int w = 0;
    for (String s : new String[] {e.className(), e.id()}) {
      if (s.isEmpty()) {
        continue;
      }
      String l = s.toLowerCase(Locale.ROOT);
      if (NEGATIVE.matcher(l).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(l).find()) {
        w += 25;
      }
    }
    return w;
  }

  /** A short line that is only a label: "Advertisement", "Share this article". */
  static boolean label(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("[:.…\\s]+$", "");
    return t.length() < 40 && LABELS.contains(t);
  }

  /** Hidden by an inline style. */
  static boolean hiddenByStyle(Element e) {
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
