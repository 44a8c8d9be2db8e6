package dev.vigil.fulltext;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the element that holds the article, the way Readability does: boilerplate is taken out,
 * each paragraph scores its ancestors by its length and commas, scores are discounted by link
 * density, and the best element, with the siblings that score nearly as well, is the article.
 * Inside it, blocks that look like boxes (mostly links, images or list items, or named like a
 * widget) are removed.
 */
final class ContentFinder {
  // Selectors parsed once, not on every call.
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator BLOCKS =
      QueryParser.parse("div, section, ul, ol, table, form, header, p, span, dl");

  private static final Set<String> SCORED =
      Set.of("p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5", "h6");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
  private static final int MIN_ARTICLE_CHARS = 500;

  private final Map<Element, double[]> scores = new IdentityHashMap<>();
  private final TextLengths lengths = new TextLengths();

  private ContentFinder() {}

  /**
   * The article's container, built from the best candidate and its siblings, or null when the page
   * has no paragraph worth a score. {@code doc} is changed: boilerplate is removed from it.
   */
  static Element find(Document doc) {
    for (Element e : doc.select(Boilerplate.REMOVED)) {
      e.remove();
    }
    for (Element e : doc.getAllElements()) {
      if (e.parent() != null && Boilerplate.hiddenByStyle(e)) {
        e.remove();
      }
    }
    Element strict = new ContentFinder().run(doc, true);
    if (strict != null && strict.text().length() >= MIN_ARTICLE_CHARS) {
      return strict;
    }
    // Too little left: the boxes left out first may have held the article.
    Element loose = new ContentFinder().run(doc, false);
    if (strict == null) {
      return loose;
    }
    return loose != null && loose.text().length() > strict.text().length() ? loose : strict;
  }

  /**
   * Scores the page and returns copies of the best candidate and its siblings; the page itself is
   * not changed, so a second run can score it again with other rules.
   */
  private Element run(Document doc, boolean skipUnlikely) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    List<Element> scored = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.SKIP_CHILDREN;
            }
            if (skipUnlikely && e != body && unlikely(e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (scoredHere(e)) {
              scored.add(e);
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    List<Element> candidates = new ArrayList<>();
    for (Element e : scored) {
      int length = lengths.text(e);
      if (length < 25) {
        continue;
      }
      String text = e.text();
      double score = 1 + commas(text) + Math.min(length / 100, 3);
      Element a = e.parent();
      for (int level = 0; a != null && level < 5 && a != doc; level++, a = a.parent()) {
        double[] s = scores.get(a);
        if (s == null) {
          s = new double[] {initial(a)};
          scores.put(a, s);
          candidates.add(a);
        }
        s[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
      }
    }
    Element top = null;
    double topScore = 0;
    for (Element c : candidates) {
      double s = scores.get(c)[0] * (1 - lengths.linkDensity(c));
      scores.get(c)[0] = s;
      if (top == null || s > topScore) {
        top = c;
        topScore = s;
      }
    }
    if (top == null) {
      return null;
    }
    top = climb(commonAncestor(top, candidates, body), body);
    return withSiblings(top, doc, skipUnlikely);
  }

  private static boolean unlikely(Element e) {
    return !e.nameIs("a")
        && !e.nameIs("article")
        && !e.nameIs("main")
        && Boilerplate.unlikely(e)
        && !inside(e, "table")
        && !inside(e, "code");
  }

  /**
   * A block that only wraps one paragraph ("story-intro"), which Readability reads as the
   * paragraph.
   */
  private static boolean wrapsOneParagraph(Element e) {
    return (e.nameIs("div") || e.nameIs("section"))
        && e.childrenSize() == 1
        && e.child(0).nameIs("p")
        && !hasOwnText(e);
  }

  /** A paragraph, or a block of text with no block inside it. */
  private static boolean scoredHere(Element e) {
    if (SCORED.contains(e.normalName())) {
      return true;
    }
    if (!e.nameIs("div") && !e.nameIs("section") && !e.nameIs("span")) {
      return false;
    }
    for (Element child : e.children()) {
      if (PageText.BLOCKS.contains(child.normalName())) {
        return false;
      }
    }
    return hasOwnText(e);
  }

  private static boolean hasOwnText(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Readability's score to start with, by tag and class weight. */
  private static double initial(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return s + Boilerplate.weight(e);
  }

  /**
   * The ancestor of the best candidate that at least three of the next best (scoring within 75% of
   * it) share: an article split into several blocks (steps, sections) of similar weight.
   */
  private Element commonAncestor(Element top, List<Element> candidates, Element body) {
    double topScore = score(top);
    List<Element> close =
        candidates.stream()
            .filter(c -> c != top && score(c) >= 0.75 * topScore)
            .sorted((a, b) -> Double.compare(score(b), score(a)))
            .limit(4)
            .toList();
    if (close.size() < 3) {
      return top;
    }
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      int sharing = 0;
      for (Element c : close) {
        if (isAncestor(p, c)) {
          sharing++;
        }
      }
      if (sharing >= 3) {
        return p;
      }
    }
    return top;
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  /**
   * Moves up to an ancestor that scores better than the candidate, and past ancestors that hold
   * nothing else.
   */
  private Element climb(Element top, Element body) {
    double last = score(top);
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      double[] s = scores.get(p);
      if (s == null) {
        continue;
      }
      if (s[0] < threshold) {
        break;
      }
      if (s[0] > last) {
        top = p;
        break;
      }
      last = s[0];
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private double score(Element e) {
    double[] s = scores.get(e);
    return s == null ? 0 : s[0];
  }

  /** Copies of the candidate and the siblings that belong with it, in page order. */
  private Element withSiblings(Element top, Document doc, boolean skipUnlikely) {
    Element out = doc.createElement("div");
    Element parent = top.parent();
    if (parent == null) {
      out.appendChild(copy(top, skipUnlikely));
      clean(out);
      return out;
    }
    double topScore = score(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> keep = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top) {
        keep.add(s);
        continue;
      }
      if (skipUnlikely && unlikely(s)) {
        continue;
      }
      double bonus =
          !top.className().isEmpty() && s.className().equals(top.className()) ? topScore * 0.2 : 0;
      if (score(s) + bonus >= threshold) {
        keep.add(s);
      } else if (s.nameIs("p") || scoredHere(s) || wrapsOneParagraph(s)) {
        String text = s.text();
        double ld = lengths.linkDensity(s);
        if (text.length() > 80 && ld < 0.25
            || text.length() < 80
                && !text.isEmpty()
                && ld == 0
                && SENTENCE_END.matcher(text).find()) {
          keep.add(s);
        }
      }
    }
    for (Element k : lead(parent, skipUnlikely)) {
      out.appendChild(copy(k, skipUnlikely));
    }
    for (Element k : keep) {
      out.appendChild(copy(k, skipUnlikely));
    }
    clean(out);
    return out;
  }

  /**
   * The paragraphs just before the article's container, one level up: a lead set apart from the
   * rest ("story-intro", then the body behind a "read more"). Small boxes between them are passed
   * over; anything else ends the lead.
   */
  private List<Element> lead(Element container, boolean skipUnlikely) {
    List<Element> lead = new ArrayList<>();
    int passed = 0;
    for (Element s = container.previousElementSibling();
        s != null && passed <= 3;
        s = s.previousElementSibling()) {
      boolean prose =
          (s.nameIs("p") || wrapsOneParagraph(s))
              && lengths.text(s) > 80
              && lengths.linkDensity(s) < 0.25
              && !(skipUnlikely && unlikely(s));
      if (prose) {
        lead.add(0, s);
      } else if (lengths.text(s) < 200) {
        passed++;
      } else {
        break;
      }
    }
    return lead;
  }

  /** A copy of {@code e}, without the boxes the run left out. */
  private static Element copy(Element e, boolean skipUnlikely) {
    Element c = e.clone();
    if (skipUnlikely) {
      for (Element d : c.getAllElements()) {
        if (d != c && d.parent() != null && unlikely(d)) {
          d.remove();
        }
      }
    }
    return c;
  }

  /** Removes what looks like a box within the article. */
  private static void clean(Element content) {
    for (Element h : content.select(H1)) {
      h.remove();
    }
    TextLengths stats = new TextLengths();
    int total = stats.text(content);
    Elements all = content.select(BLOCKS);
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      if (e.parent() == null) {
        continue;
      }
      int length = stats.text(e);
      if (length < 40 && Boilerplate.label(e.text())) {
        stats.remove(e);
        continue;
      }
      // Most of the article is no box, however many links it has.
      if (!e.nameIs("p") && !e.nameIs("span") && length < total / 2 && boxLike(e, stats)) {
        stats.remove(e);
      }
    }
  }

  /** Readability's conditional cleaning: a block with few commas that is mostly not prose. */
  private static boolean boxLike(Element e, TextLengths stats) {
    int weight = Boilerplate.weight(e);
    if (weight < 0) {
      return true;
    }
    int length = stats.text(e);
    if (length > 300 && commas(e.text()) >= 10) {
      return false;
    }
    boolean list = e.nameIs("ul") || e.nameIs("ol") || e.nameIs("dl");
    int p = stats.paragraphs(e);
    int img = stats.images(e);
    int li = stats.listItems(e) - 100;
    double ld = stats.linkDensity(e);
    if (img > 1 && (double) p / img < 0.5 && stats.figures(e) == 0) {
      return true;
    }
    if (!list && li > p) {
      return true;
    }
    if (!list && length < 25 && (img == 0 || img > 2) && ld > 0) {
      return true;
    }
    if (img == 0 && length == 0) {
      return true;
    }
    if (weight < 25 && ld > 0.2 && !list) {
      return true;
    }
    if (list && ld > 0.5) {
      return true;
    }
    return weight >= 25 && ld > 0.5;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،' || c == '﹐' || c == '︐') {
        n++;
      }
    }
    return n;
  }

  private static boolean inside(Element e, String tag) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.nameIs(tag)) {
        return true;
      }
    }
    return false;
  }
}
