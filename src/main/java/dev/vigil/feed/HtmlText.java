package dev.vigil.feed;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns feed HTML into clean text: scripts and styles dropped, blocks kept as line breaks,
 * whitespace folded.
 */
public final class HtmlText {
  private static final Set<String> SKIP =
      Set.of("script", "style", "noscript", "template", "iframe", "object");
  private static final Set<String> BLOCK =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "tr",
          "section",
          "article",
          "header",
          "footer",
          "figure",
          "figcaption",
          "hr",
          "dd",
          "dt");

  /** windows-1252 characters for bytes 0x80 to 0x9F; the five undefined ones stay as they are. */
  private static final String CP1252 =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039"
          + "\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
          + "\u0153\u009D\u017E\u0178";

  private HtmlText() {}

  public static String of(String markup) {
    if (markup == null || markup.isBlank()) {
      return "";
    }
    String html = windows1252Controls(markup);
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return fold(html);
    }
    StringBuilder out = new StringBuilder(html.length());
    Element body = Jsoup.parseBodyFragment(html).body();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t && !insideSkipped(t)) {
              out.append(t.getWholeText());
            } else if (node instanceof Element e && BLOCK.contains(e.normalName())) {
              out.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK.contains(e.normalName())) {
              out.append('\n');
            }
          }
        },
        body);
    return fold(out.toString());
  }

  /** Text declared as plain (Atom {@code type="text"}): a '<' in it is a character, not a tag. */
  public static String plain(String text) {
    return text == null ? "" : fold(windows1252Controls(text));
  }

  /**
   * C1 control characters (U+0080 to U+009F) in feeds are windows-1252 punctuation that was decoded
   * as ISO-8859-1 or written as {@code &#146;}; HTML5 maps them the same way.
   */
  static String windows1252Controls(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, CP1252.charAt(c - 0x80));
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean insideSkipped(Node n) {
    for (Node p = n.parentNode(); p instanceof Element e; p = p.parentNode()) {
      if (SKIP.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** Folds runs of spaces, keeps at most one blank line between paragraphs. */
  static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        newlines++;
        space = false;
      } else if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
      } else {
        if (out.length() > 0) {
          if (newlines > 0) {
            out.append(newlines > 1 ? "\n\n" : "\n");
          } else if (space) {
            out.append(' ');
          }
        }
        newlines = 0;
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }
}
