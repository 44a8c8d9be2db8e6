package dev.vigil.feed;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salvages a feed whose download was cut off (or that ends in a broken tag): closes the elements
 * still open at the end, so the entries before the cut are read.
 */
final class TruncatedXml {
  private static final Pattern ENTRY_END = Pattern.compile("</(?:[\\w.-]+:)?(?:item|entry)\\s*>");
  private static final Pattern NAME = Pattern.compile("[^\\s/>]+");

  private TruncatedXml() {}

  /**
   * The document closed where it ends (minus a tag cut in half) if it ends outside any entry;
   * otherwise closed after its last complete entry, dropping the partial one. Null when neither
   * gives a document to close.
   */
  static String close(String xml) {
    String whole = withoutBrokenTail(xml);
    Deque<String> open = openElements(whole);
    if (open != null && !open.isEmpty() && open.stream().noneMatch(TruncatedXml::isEntry)) {
      return closeAt(whole, open);
    }
    int cut = -1;
    Matcher m = ENTRY_END.matcher(xml);
    while (m.find()) {
      cut = m.end();
    }
    if (cut < 0) {
      return null;
    }
    String head = xml.substring(0, cut);
    open = openElements(head);
    return open == null || open.isEmpty() ? null : closeAt(head, open);
  }

  private static boolean isEntry(String qname) {
    String local = qname.substring(qname.indexOf(':') + 1);
    return local.equals("item") || local.equals("entry");
  }

  private static String closeAt(String head, Deque<String> open) {
    StringBuilder out = new StringBuilder(head);
    for (String name : open) {
      out.append("</").append(name).append('>');
    }
    return out.toString();
  }

  /**
   * Drops a final tag, comment or CDATA section that never ends, e.g. {@code </rss} or {@code
   * <![CD}.
   */
  private static String withoutBrokenTail(String xml) {
    int lt = xml.lastIndexOf('<');
    return lt >= 0 && xml.indexOf('>', lt) < 0 ? xml.substring(0, lt) : xml;
  }

  /**
   * Names of the elements open at the end of {@code xml}, innermost first; null if it does not
   * scan.
   */
  private static Deque<String> openElements(String xml) {
    Deque<String> open = new ArrayDeque<>();
    int i = xml.indexOf('<');
    while (i >= 0 && i < xml.length()) {
      int end;
      if (xml.startsWith("<!--", i)) {
        end = after(xml, "-->", i);
      } else if (xml.startsWith("<![CDATA[", i)) {
        end = after(xml, "]]>", i);
      } else if (xml.startsWith("<?", i)) {
        end = after(xml, "?>", i);
      } else if (xml.startsWith("<!", i)) {
        end =
            after(
                xml,
                xml.indexOf('[', i) >= 0 && xml.indexOf('[', i) < xml.indexOf('>', i) ? "]>" : ">",
                i);
      } else {
        end = tagEnd(xml, i);
        if (end < 0) {
          return null;
        }
        Matcher name = NAME.matcher(xml).region(xml.charAt(i + 1) == '/' ? i + 2 : i + 1, end);
        if (!name.lookingAt()) {
          return null;
        }
        if (xml.charAt(i + 1) == '/') {
          if (open.isEmpty() || !open.pop().equals(name.group())) {
            return null;
          }
        } else if (xml.charAt(end - 2) != '/') {
          open.push(name.group());
        }
      }
      if (end < 0) {
        return null;
      }
      i = xml.indexOf('<', end);
    }
    return open;
  }

  private static int after(String xml, String close, int from) {
    int at = xml.indexOf(close, from);
    return at < 0 ? -1 : at + close.length();
  }

  /**
   * Index just past the '>' that ends the tag at {@code i}, skipping '>' inside quoted attributes.
   */
  private static int tagEnd(String xml, int i) {
    char quote = 0;
    for (int j = i + 1; j < xml.length(); j++) {
      char c = xml.charAt(j);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return j + 1;
      }
    }
    return -1;
  }
}
