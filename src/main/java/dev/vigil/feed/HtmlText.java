package dev.vigil.feed;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns feed HTML into clean text: scripts and styles dropped, blocks kept as line breaks, whitespace folded. */
public final class HtmlText {
  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "object");
  private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
      "h5", "h6", "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "figure",
      "figcaption", "hr", "dd", "dt");

  private HtmlText() {}

  public static String of(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return fold(html);
    }
    StringBuilder out = new StringBuilder(html.length());
    Element body = Jsoup.parseBodyFragment(html).body();
    NodeTraversor.traverse(new NodeVisitor() {
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
    }, body);
    return fold(out.toString());
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
