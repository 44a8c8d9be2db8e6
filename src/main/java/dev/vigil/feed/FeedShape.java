package dev.vigil.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Brings well-formed feeds whose shape Rome does not recognise into one it does, before Rome sees
 * them. Rome picks a parser by exact root namespace and RSS version, and throws on an RSS document
 * without {@code <channel>}; feeds in the wild (and the feedparser test suite) are looser.
 */
final class FeedShape {
  static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
  static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");
  private static final Set<String> RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");

  private FeedShape() {}

  static void normalise(Document doc, List<String> warnings) {
    Element root = doc.getRootElement();
    String name = root.getName();
    if (name.equals("rss")) {
      rss(root, warnings);
    } else if (name.equals("feed")) {
      atom(root);
    } else if (name.equals("RDF") && root.getNamespaceURI().equals(RDF)) {
      rdf(root);
    } else if (name.equalsIgnoreCase("channel")) {
      doc.setRootElement(CdfFeed.toRss(root));
    }
    Base64Text.decode(doc.getRootElement());
  }

  /** RSS in any namespace or version, with or without {@code <channel>}, is read as RSS 2.0. */
  private static void rss(Element root, List<String> warnings) {
    if (!root.getNamespace().equals(Namespace.NO_NAMESPACE)) {
      // e.g. xmlns="http://backend.userland.com/rss2": same elements, Rome only knows them without.
      move(root, root.getNamespace(), Namespace.NO_NAMESPACE);
    }
    String version = root.getAttributeValue("version");
    if (version == null || !RSS_VERSIONS.contains(version.strip())) {
      root.setAttribute("version", "2.0");
    }
    Element channel = root.getChild("channel");
    if (channel == null) {
      channel = new Element("channel");
      channel.addContent(root.removeContent());
      root.addContent(channel);
    }
    List<Element> stray = new ArrayList<>(root.getChildren("item"));
    for (Element item : stray) {
      channel.addContent(item.detach());
    }
    if (!stray.isEmpty()) {
      warnings.add("moved " + stray.size() + " items found outside <channel> into it");
    }
    // Rome throws NumberFormatException on a non-numeric hour; Vigil has its own schedule anyway.
    channel.removeChildren("skipHours");
  }

  /** A {@code <feed>} in no namespace or an unknown one is Atom: 0.3 if it says so, else 1.0. */
  private static void atom(Element root) {
    Namespace ns = root.getNamespace();
    if (ns.equals(ATOM_10) || ns.equals(ATOM_03)) {
      return;
    }
    move(root, ns, "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10);
  }

  /** Rome's RSS 1.0 parser requires a channel element; an RDF document may have none. */
  private static void rdf(Element root) {
    boolean hasChannel = root.getChildren().stream().anyMatch(e -> e.getName().equals("channel"));
    if (!hasChannel) {
      Namespace ns =
          root.getNamespace("") != null && !root.getNamespace("").getURI().isEmpty()
              ? root.getNamespace("")
              : RSS_10;
      root.addContent(0, new Element("channel", ns));
    }
  }

  /** Moves the element and its descendants from one namespace to another. */
  private static void move(Element root, Namespace from, Namespace to) {
    if (root.getNamespace().equals(from)) {
      root.setNamespace(to);
    }
    for (Element child : root.getChildren()) {
      move(child, from, to);
    }
  }
}
