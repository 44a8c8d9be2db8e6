package dev.vigil.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The safe HTML form of an article's content, fit to show in an email: jsoup's {@link Cleaner} with
 * an allow-list, so anything not listed is dropped, never patched. No script, style, iframe, object
 * or form; no {@code on*} or {@code style} attributes; links and images only as absolute http(s)
 * URLs, resolved against the base the feed gave, and links carry {@code rel="nofollow noopener"}.
 * Longer content is cut at an element boundary and says so.
 */
public final class SafeHtml {
  // Parsed once: jsoup parses a selector string on every call, which costs more than the select.
  private static final Evaluator NO_HREF = QueryParser.parse("a:not([href])");
  private static final Evaluator NO_SRC = QueryParser.parse("img:not([src])");

  /** The most characters kept; a long article's HTML is cut after the last element that fits. */
  public static final int MAX_CHARS = 64 * 1024;

  /** Appended where content was cut, so the reader knows there is more at the link. */
  static final String CUT_NOTE =
      "<p><em>[shortened: the full text is at the article's link]</em></p>";

  private static final Safelist SAFE =
      Safelist.relaxed()
          .addTags("hr", "figure", "figcaption", "abbr", "s", "del", "ins", "mark")
          .removeProtocols("a", "href", "ftp", "mailto")
          .addEnforcedAttribute("a", "rel", "nofollow noopener");

  private SafeHtml() {}

  /**
   * Cleans feed HTML; relative URLs are resolved against {@code baseUrl}, and dropped when there is
   * none or they do not resolve to http(s). Returns "" for blank input.
   */
  public static String of(String html, String baseUrl) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return clean(Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl));
  }

  /**
   * Cleans an element of a parsed page (which it takes out of its document), as {@link #of(String,
   * String)} cleans markup: without writing it out and parsing it again.
   */
  public static String of(Element element, String baseUrl) {
    Document dirty = Document.createShell(baseUrl == null ? "" : baseUrl);
    dirty.body().appendChild(element);
    return clean(dirty);
  }

  private static String clean(Document dirty) {
    Document clean = new Cleaner(SAFE).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    // What the cleaner left of a javascript: link or a data: image: text stays, the empty shell
    // goes.
    clean.select(NO_HREF).unwrap();
    clean.select(NO_SRC).remove();
    String out = clean.body().html();
    return out.length() <= MAX_CHARS ? out : cut(clean.body());
  }

  /** Plain text as safe HTML: escaped, one paragraph per blank-line-separated block. */
  public static String ofText(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String para : text.strip().split("\\n\\s*\\n")) {
      out.append("<p>").append(Entities.escape(para.strip()).replace("\n", "<br>")).append("</p>");
    }
    if (out.length() <= MAX_CHARS) {
      return out.toString();
    }
    Document doc = Jsoup.parseBodyFragment(out.toString());
    doc.outputSettings().prettyPrint(false);
    return cut(doc.body());
  }

  /**
   * The leading nodes that fit in {@link #MAX_CHARS} less the note, descending into the one that
   * does not.
   */
  private static String cut(Element body) {
    Document kept = Document.createShell("");
    kept.outputSettings().prettyPrint(false);
    keep(body, kept.body(), MAX_CHARS - CUT_NOTE.length());
    return kept.body().html() + CUT_NOTE;
  }

  private static void keep(Element from, Element to, int budget) {
    for (Node child : from.childNodes()) {
      String html = child.outerHtml();
      if (html.length() <= budget) {
        to.appendChild(child.clone());
        budget -= html.length();
        continue;
      }
      if (child instanceof Element e && e.childNodeSize() > 0) {
        Element shell = e.shallowClone();
        to.appendChild(shell);
        keep(e, shell, budget - shell.outerHtml().length());
        if (shell.childNodeSize() == 0) {
          shell.remove();
        }
      }
      return;
    }
  }
}
