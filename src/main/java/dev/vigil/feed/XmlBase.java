package dev.vigil.feed;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Makes the links of a feed absolute before Rome reads it: each element's base URI is the feed's
 * own URL changed by every {@code xml:base} on the way down (XML Base, RFC 3986 section 5). Rome
 * resolves only some Atom links, and only when a global switch is on, so we do it for all formats.
 */
final class XmlBase {
  /** The elements an entry's HTML comes from, in the order the parser prefers them. */
  private static final List<String> CONTENT =
      List.of("content", "encoded", "summary", "description");

  private XmlBase() {}

  static void resolve(Element e, String parentBase) {
    String base = parentBase;
    String xmlBase = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
    if (xmlBase != null) {
      base = absolute(parentBase, xmlBase);
    }
    if (e.getName().equals("link")
        || e.getName().equals("enclosure")
        || e.getName().equals("content")) {
      rewrite(e, base);
    }
    for (Element child : e.getChildren()) {
      resolve(child, base);
    }
  }

  /**
   * For each entry, the base URI that an {@code xml:base} sets for its content (the content
   * element's own, else the nearest on the way down), or null where no {@code xml:base} applies.
   * Relative links inside the content's HTML are resolved against it (see {@link SyndMapping}).
   */
  static List<String> contentBases(List<Element> entries, String documentUrl) {
    return entries.stream().map(e -> contentBase(e, documentUrl)).toList();
  }

  private static String contentBase(Element entry, String documentUrl) {
    Element from = entry;
    int rank = CONTENT.size();
    for (Element c : entry.getChildren()) {
      int r = CONTENT.indexOf(c.getName());
      if (r >= 0 && r < rank) {
        from = c;
        rank = r;
      }
    }
    Deque<String> bases = new ArrayDeque<>();
    for (Element e = from; e != null; e = e.getParentElement()) {
      String xmlBase = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
      if (xmlBase != null) {
        bases.push(xmlBase);
      }
    }
    if (bases.isEmpty()) {
      return null;
    }
    String base = documentUrl;
    for (String b : bases) {
      base = base == null ? b.strip() : absolute(base, b);
    }
    return base;
  }

  /**
   * Atom {@code link@href}, RSS {@code <link>} text, {@code enclosure@url}, Atom {@code
   * content@src}.
   */
  private static void rewrite(Element e, String base) {
    for (String attr : new String[] {"href", "url", "src"}) {
      String value = e.getAttributeValue(attr);
      if (value != null) {
        e.setAttribute(attr, absolute(base, value));
      }
    }
    if (e.getName().equals("link")
        && e.getAttribute("href") == null
        && e.getChildren().isEmpty()
        && !e.getTextTrim().isEmpty()) {
      e.setText(absolute(base, e.getTextTrim()));
    }
  }

  /** {@code ref} resolved against {@code base}; unchanged when either cannot be read as a URI. */
  static String absolute(String base, String ref) {
    String r = ref.strip();
    if (base == null || base.isBlank()) {
      return r;
    }
    try {
      URI refUri = new URI(r.replace(" ", "%20"));
      if (refUri.isAbsolute()) {
        return r;
      }
      String b = base.strip();
      if (r.isEmpty()) {
        // RFC 3986 5.2.2: an empty reference is the base itself (java.net.URI drops the last
        // segment).
        return b.indexOf('#') < 0 ? b : b.substring(0, b.indexOf('#'));
      }
      URI baseUri = new URI(b.replace(" ", "%20"));
      if (baseUri.getRawAuthority() != null && baseUri.getRawPath().isEmpty()) {
        // java.net.URI would glue "http://host" and "x" into "http://hostx".
        baseUri = baseUri.resolve("/");
      }
      return baseUri.resolve(refUri).toString();
    } catch (Exception e) {
      return r;
    }
  }
}
