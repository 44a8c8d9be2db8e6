package dev.vigil.feed;

import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Converts Microsoft's Channel Definition Format (1997, upper-case {@code <CHANNEL>}/{@code <ITEM>}
 * with {@code HREF} and {@code LASTMOD} attributes) into the RSS 2.0 Rome reads. Nested channels
 * are flattened: Vigil only needs the items.
 */
final class CdfFeed {
  private CdfFeed() {}

  static Element toRss(Element cdf) {
    Element channel = describe(cdf, new Element("channel"));
    for (Element item : cdf.getDescendants(Filters.element())) {
      if (item.getName().equalsIgnoreCase("item")) {
        channel.addContent(describe(item, new Element("item")));
      }
    }
    Element rss = new Element("rss").setAttribute("version", "2.0");
    copyBase(cdf, rss);
    return rss.addContent(channel);
  }

  private static Element describe(Element cdf, Element rss) {
    add(rss, "title", child(cdf, "title"));
    add(rss, "link", attribute(cdf, "href"));
    add(rss, "description", child(cdf, "abstract"));
    add(rss, "pubDate", attribute(cdf, "lastmod"));
    if (rss.getName().equals("item")) {
      copyBase(cdf, rss);
    }
    return rss;
  }

  private static void copyBase(Element from, Element to) {
    String base = from.getAttributeValue("base", Namespace.XML_NAMESPACE);
    if (base != null) {
      to.setAttribute("base", base, Namespace.XML_NAMESPACE);
    }
  }

  private static void add(Element parent, String name, String text) {
    if (text != null) {
      parent.addContent(new Element(name).setText(text));
    }
  }

  private static String child(Element e, String name) {
    return e.getChildren().stream()
        .filter(c -> c.getName().equalsIgnoreCase(name))
        .map(Element::getText)
        .findFirst()
        .orElse(null);
  }

  private static String attribute(Element e, String name) {
    return e.getAttributes().stream()
        .filter(a -> a.getName().equalsIgnoreCase(name))
        .map(org.jdom2.Attribute::getValue)
        .findFirst()
        .orElse(null);
  }
}
