package dev.vigil.fulltext;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text and link-text lengths of elements, each subtree counted once per page: scoring asks for the
 * link density of every candidate, and candidates nest, so counting each one's text afresh would
 * read the page's text many times over. Lengths count characters with runs of whitespace as one, as
 * the extracted text has them.
 */
final class TextLengths {
  private final Map<Element, int[]> lengths = new IdentityHashMap<>();

  private static final int TEXT = 0;
  private static final int LINKS = 1;
  private static final int P = 2;
  private static final int IMG = 3;
  private static final int LI = 4;
  private static final int FIGURE = 5;

  int text(Element e) {
    return of(e)[TEXT];
  }

  int paragraphs(Element e) {
    return of(e)[P];
  }

  int images(Element e) {
    return of(e)[IMG];
  }

  int listItems(Element e) {
    return of(e)[LI];
  }

  int figures(Element e) {
    return of(e)[FIGURE];
  }

  /** Share of the element's text inside links; links to the page itself count three tenths. */
  double linkDensity(Element e) {
    int[] l = of(e);
    return l[TEXT] == 0 ? 0 : Math.min(1, l[LINKS] / 10.0 / l[TEXT]);
  }

  /** Takes {@code e} out of its parent, and its counts out of its ancestors'. */
  void remove(Element e) {
    int[] gone = of(e);
    for (Element a = e.parent(); a != null; a = a.parent()) {
      int[] l = lengths.get(a);
      if (l != null) {
        for (int i = 0; i < l.length; i++) {
          l[i] -= gone[i];
        }
      }
    }
    e.remove();
  }

  /** {text length, link text length x 10, p, img, li, figure}, the element itself included. */
  private int[] of(Element e) {
    int[] l = lengths.get(e);
    if (l != null) {
      return l;
    }
    l = new int[6];
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        l[TEXT] += collapsed(t.getWholeText());
      } else if (n instanceof Element c) {
        int[] cl = of(c);
        for (int i = 0; i < l.length; i++) {
          l[i] += cl[i];
        }
      }
    }
    if (e.nameIs("a")) {
      l[LINKS] = l[TEXT] * (e.attr("href").startsWith("#") ? 3 : 10);
    }
    l[P] += e.nameIs("p") ? 1 : 0;
    l[IMG] += e.nameIs("img") ? 1 : 0;
    l[LI] += e.nameIs("li") ? 1 : 0;
    l[FIGURE] += e.nameIs("figure") ? 1 : 0;
    lengths.put(e, l);
    return l;
  }

  private static int collapsed(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0';
      if (!ws) {
        n++;
        space = false;
      } else if (!space) {
        n++;
        space = true;
      }
    }
    return n;
  }
}
