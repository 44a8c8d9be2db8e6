package dev.vigil.feed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Text-level repairs for feeds that are not well-formed XML but that every feed reader accepts:
 * junk before the XML declaration, control characters XML forbids, HTML named entities used without
 * a DTD, bare ampersands and undeclared namespace prefixes. Each repair made is reported, so the
 * feed's owner can be told.
 */
final class XmlRepair {
  private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY\\s+(?!%)([\\w.:-]+)");
  private static final Pattern REFERENCE =
      Pattern.compile("&(#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)?");
  private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

  /** The repaired text and what was repaired. */
  record Repaired(String text, List<String> repairs) {}

  private XmlRepair() {}

  static Repaired repair(String xml) {
    List<String> repairs = new ArrayList<>();
    String text = dropLeadingJunk(xml, repairs);
    String clean = dropControlChars(text);
    if (clean.length() != text.length()) {
      repairs.add(
          "removed " + (text.length() - clean.length()) + " control characters XML does not allow");
    }
    String fixed = fixReferences(clean);
    if (!fixed.equals(clean)) {
      repairs.add("replaced HTML entities or bare '&' that XML does not allow");
    }
    return new Repaired(MissingPrefixes.declare(fixed, repairs), List.copyOf(repairs));
  }

  /**
   * Anything before the first tag, or before an XML declaration that comes soon after junk (e.g. a
   * PHP warning printed ahead of the feed).
   */
  private static String dropLeadingJunk(String xml, List<String> repairs) {
    int start = xml.indexOf('<');
    int decl = xml.indexOf("<?xml");
    if (decl > start && decl < 512) {
      start = decl;
    }
    if (start <= 0) {
      return xml;
    }
    if (!xml.substring(0, start).isBlank()) {
      repairs.add("dropped " + start + " characters before the XML document");
    }
    return xml.substring(start);
  }

  /** XML 1.0 production [2] Char, for a reference like {@code #x1F} or {@code #65}. */
  private static boolean legalXmlChar(String ref) {
    boolean hex = ref.startsWith("#x") || ref.startsWith("#X");
    long cp;
    try {
      cp = Long.parseLong(ref.substring(hex ? 2 : 1), hex ? 16 : 10);
    } catch (NumberFormatException tooLong) {
      return false;
    }
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || cp >= 0x20 && cp <= 0xD7FF
        || cp >= 0xE000 && cp <= 0xFFFD
        || cp >= 0x10000 && cp <= 0x10FFFF;
  }

  private static String dropControlChars(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
        if (c != '\uFFFE' && c != '\uFFFF') {
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * HTML entities become numeric references; an '&' that starts no reference becomes {@code &amp;}.
   * CDATA sections and comments are left alone, and so are entities the document declares itself.
   */
  static String fixReferences(String xml) {
    Set<String> declared = new HashSet<>();
    Matcher d = ENTITY_DECL.matcher(xml);
    while (d.find()) {
      declared.add(d.group(1));
    }
    StringBuilder out = new StringBuilder(xml.length() + 64);
    int i = 0;
    while (i < xml.length()) {
      int skipTo = verbatimEnd(xml, i);
      if (skipTo > i) {
        out.append(xml, i, skipTo);
        i = skipTo;
      } else if (xml.charAt(i) == '&') {
        Matcher m = REFERENCE.matcher(xml).region(i, xml.length());
        m.lookingAt();
        out.append(reference(m.group(1), declared));
        i = m.end();
      } else {
        out.append(xml.charAt(i++));
      }
    }
    return out.toString();
  }

  /** End of a CDATA section or comment starting at {@code i}, or {@code i} if none starts there. */
  static int verbatimEnd(String xml, int i) {
    String close =
        xml.startsWith("<![CDATA[", i) ? "]]>" : xml.startsWith("<!--", i) ? "-->" : null;
    if (close == null) {
      return i;
    }
    int end = xml.indexOf(close, i + 4);
    return end < 0 ? xml.length() : end + close.length();
  }

  private static String reference(String ref, Set<String> declared) {
    if (ref == null) {
      return "&amp;";
    }
    String name = ref.substring(0, ref.length() - 1);
    if (name.startsWith("#")) {
      // "&#X41;" is HTML, not XML: XML wants a lower-case x.
      return legalXmlChar(name) ? "&#" + ref.substring(1).replace('X', 'x') : "";
    }
    if (XML_ENTITIES.contains(name) || declared.contains(name)) {
      return "&" + ref;
    }
    String value = Entities.getByName(name);
    if (value.isEmpty()) {
      return "&amp;" + ref;
    }
    StringBuilder numeric = new StringBuilder();
    value.codePoints().forEach(cp -> numeric.append("&#").append(cp).append(';'));
    return numeric.toString();
  }
}
