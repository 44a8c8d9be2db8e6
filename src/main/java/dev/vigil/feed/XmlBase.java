package dev.vigil.feed;

import java.net.URI;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Makes the links of a feed absolute before Rome reads it: each element's base URI is the feed's
 * own URL changed by every {@code xml:base} on the way down (XML Base, RFC 3986 section 5). Rome
 * resolves only some Atom links, and only when a global switch is on, so we do it for all formats.
 */
final class XmlBase {
  private XmlBase() {}

  static void resolve(Element e, String parentBase) {
    String base = parentBase;
    String xmlBase = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
    if (xmlBase != null) {
      base = absolute(parentBase, xmlBase);
    }
    if (e.getName().equals("link") || e.getName().equals("enclosure") || e.getName().equals("content")) {
      rewrite(e, base);
    }
    for (Element child : e.getChildren()) {
      resolve(child, base);
    }
  }

  /** Atom {@code link@href}, RSS {@code <link>} text, {@code enclosure@url}, Atom {@code content@src}. */
  private static void rewrite(Element e, String base) {
    for (String attr : new String[] {"href", "url", "src"}) {
      String value = e.getAttributeValue(attr);
      if (value != null) {
        e.setAttribute(attr, absolute(base, value));
      }
    }
    if (e.getName().equals("link") && e.getAttribute("href") == null && e.getChildren().isEmpty()
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
        // RFC 3986 5.2.2: an empty reference is the base itself (java.net.URI drops the last segment).
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
