package dev.vigil.config;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes feeds as OPML 2.0 (http://opml.org/spec2.opml): a feed's tags become the outlines it is
 * nested in, the way {@link OpmlReader} turns enclosing outlines into tags, so the two round-trip.
 */
public final class OpmlWriter {
  private OpmlWriter() {}

  public static String write(Iterable<FeedSpec> feeds, String title, ZonedDateTime created) {
    try {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      doc.setXmlStandalone(true);
      Element opml = child(doc, doc, "opml");
      opml.setAttribute("version", "2.0");
      Element head = child(doc, opml, "head");
      child(doc, head, "title").setTextContent(title);
      child(doc, head, "dateCreated")
          .setTextContent(
              DateTimeFormatter.RFC_1123_DATE_TIME.format(
                  created.withZoneSameInstant(ZoneOffset.UTC)));
      Element body = child(doc, opml, "body");
      Map<String, Element> folders = new LinkedHashMap<>();
      for (FeedSpec f : feeds) {
        Element outline = child(doc, folder(doc, body, folders, f), "outline");
        String name = f.title() != null ? f.title() : f.url();
        outline.setAttribute("type", "rss");
        outline.setAttribute("text", name);
        outline.setAttribute("title", name);
        outline.setAttribute("xmlUrl", f.url());
      }
      return serialise(doc);
    } catch (Exception e) {
      throw new IllegalStateException("cannot write OPML: " + e.getMessage(), e);
    }
  }

  /**
   * The outline a feed goes in: one nested outline per tag, created the first time it is needed.
   */
  private static Element folder(
      Document doc, Element body, Map<String, Element> folders, FeedSpec f) {
    Element parent = body;
    StringBuilder path = new StringBuilder();
    for (String tag : f.tags()) {
      path.append('\n').append(tag);
      Element p = parent;
      parent =
          folders.computeIfAbsent(
              path.toString(),
              k -> {
                Element e = child(doc, p, "outline");
                e.setAttribute("text", tag);
                return e;
              });
    }
    return parent;
  }

  private static Element child(Document doc, org.w3c.dom.Node parent, String name) {
    Element e = doc.createElement(name);
    parent.appendChild(e);
    return e;
  }

  private static String serialise(Document doc) throws Exception {
    TransformerFactory tf = TransformerFactory.newInstance();
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    Transformer t = tf.newTransformer();
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    t.setOutputProperty(OutputKeys.INDENT, "yes");
    t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
    StringWriter out = new StringWriter();
    t.transform(new DOMSource(doc), new StreamResult(out));
    return out.toString();
  }
}
