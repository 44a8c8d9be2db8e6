package dev.vigil.fulltext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** An element's text as paragraphs: a block element ends one, whitespace is collapsed. */
final class PageText {
  /** Block-level elements: each starts a new paragraph. */
  static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "dd",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "table",
          "ul");

  private static boolean breaks(Element e) {
    return BLOCKS.contains(e.normalName()) || e.nameIs("tr") || e.nameIs("br");
  }

  private PageText() {}

  static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              append(current, t.getWholeText());
            } else if (node instanceof Element e && breaks(e)) {
              flush(current, out);
            } else if (node instanceof Element e && (e.nameIs("td") || e.nameIs("th"))) {
              append(current, " ");
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && breaks(e)) {
              flush(current, out);
            }
          }
        });
    flush(current, out);
    return out;
  }

  static String text(Element root) {
    return String.join("\n\n", paragraphs(root));
  }

  private static void append(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00a0';
      if (space) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
      } else {
        b.append(c);
      }
    }
  }

  private static void flush(StringBuilder b, List<String> out) {
    String p = b.toString().trim();
    if (!p.isEmpty()) {
      out.add(p);
    }
    b.setLength(0);
  }
}
