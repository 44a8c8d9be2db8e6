package dev.vigil.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.jdom2.Element;

/**
 * Decodes base64 text constructs in Atom before Rome reads them: Atom 0.3's {@code mode="base64"}
 * (Rome's own decoder fails on the line breaks publishers put in), and Atom 1.0 text with a
 * non-text media type, which RFC 4287 section 4.1.3.3 says is base64. Binary payloads that are not
 * UTF-8 text are left alone; there is nothing to read in them.
 */
final class Base64Text {
  private static final Set<String> TEXT_CONSTRUCTS =
      Set.of("title", "subtitle", "tagline", "summary", "content", "rights", "copyright", "info");

  private Base64Text() {}

  static void decode(Element e) {
    boolean atom =
        e.getNamespace().equals(FeedShape.ATOM_10) || e.getNamespace().equals(FeedShape.ATOM_03);
    if (atom && TEXT_CONSTRUCTS.contains(e.getName()) && isBase64(e)) {
      String text = utf8(e.getTextNormalize());
      if (text != null) {
        e.setText(text);
        e.removeAttribute("mode");
        e.setAttribute("type", e.getNamespace().equals(FeedShape.ATOM_03) ? "text/html" : "html");
        if (e.getNamespace().equals(FeedShape.ATOM_03)) {
          e.setAttribute("mode", "escaped");
        }
      }
      return;
    }
    for (Element child : e.getChildren()) {
      decode(child);
    }
  }

  private static boolean isBase64(Element e) {
    if ("base64".equals(e.getAttributeValue("mode"))) {
      return true;
    }
    String type = e.getAttributeValue("type");
    if (type == null || !e.getNamespace().equals(FeedShape.ATOM_10)) {
      return false;
    }
    type = type.strip().toLowerCase(java.util.Locale.ROOT);
    return !type.isEmpty()
        && !Set.of("text", "html", "xhtml").contains(type)
        && !type.startsWith("text/")
        && !type.endsWith("+xml")
        && !type.endsWith("/xml");
  }

  private static String utf8(String base64) {
    try {
      byte[] raw = Base64.getMimeDecoder().decode(base64);
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return null;
    }
  }
}
