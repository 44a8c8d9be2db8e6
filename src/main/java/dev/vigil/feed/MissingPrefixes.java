package dev.vigil.feed;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declares namespace prefixes a feed uses but never declares ({@code <itunes:author>} without
 * {@code xmlns:itunes}), which XML rejects outright. Well-known prefixes get their usual URI, so
 * Rome's modules still recognise them.
 */
final class MissingPrefixes {
  private static final Pattern USED_PREFIX =
      Pattern.compile("(?:</?|\\s)([A-Za-z_][\\w.-]*):[A-Za-z_][\\w.-]*(?=[\\s>/=])");
  private static final Pattern DECLARED_PREFIX = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=");
  private static final Pattern ROOT_NAME = Pattern.compile("<[A-Za-z_][^\\s/>]*");
  private static final Map<String, String> KNOWN_PREFIXES =
      Map.of(
          "itunes",
          "http://www.itunes.com/dtds/podcast-1.0.dtd",
          "dc",
          "http://purl.org/dc/elements/1.1/",
          "content",
          "http://purl.org/rss/1.0/modules/content/",
          "media",
          "http://search.yahoo.com/mrss/",
          "atom",
          "http://www.w3.org/2005/Atom",
          "sy",
          "http://purl.org/rss/1.0/modules/syndication/",
          "dcterms",
          "http://purl.org/dc/terms/",
          "wfw",
          "http://wellformedweb.org/CommentAPI/",
          "slash",
          "http://purl.org/rss/1.0/modules/slash/",
          "georss",
          "http://www.georss.org/georss");

  private MissingPrefixes() {}

  /**
   * The document with declarations added to its root element, noting the repair if one was needed.
   */
  static String declare(String xml, List<String> repairs) {
    Set<String> missing = undeclared(xml);
    if (missing.isEmpty()) {
      return xml;
    }
    repairs.add(
        "declared namespace prefixes the feed uses without declaring: "
            + String.join(", ", missing));
    return insert(xml, missing);
  }

  private static Set<String> undeclared(String xml) {
    Set<String> used = new TreeSet<>();
    Matcher u = USED_PREFIX.matcher(xml);
    while (u.find()) {
      used.add(u.group(1));
    }
    Matcher d = DECLARED_PREFIX.matcher(xml);
    while (d.find()) {
      used.remove(d.group(1));
    }
    used.removeAll(Set.of("xml", "xmlns"));
    return used;
  }

  /** Adds the declarations to the root element, with the usual URI for well-known prefixes. */
  private static String insert(String xml, Set<String> prefixes) {
    int i = 0;
    while (i < xml.length()) {
      int skipTo = XmlRepair.verbatimEnd(xml, i);
      if (skipTo > i) {
        i = skipTo;
        continue;
      }
      Matcher root = ROOT_NAME.matcher(xml).region(i, xml.length());
      if (root.lookingAt()) {
        StringBuilder decls = new StringBuilder();
        for (String p : prefixes) {
          decls
              .append(" xmlns:")
              .append(p)
              .append("=\"")
              .append(KNOWN_PREFIXES.getOrDefault(p, "urn:x-undeclared:" + p))
              .append('"');
        }
        return xml.substring(0, root.end()) + decls + xml.substring(root.end());
      }
      i++;
    }
    return xml;
  }
}
