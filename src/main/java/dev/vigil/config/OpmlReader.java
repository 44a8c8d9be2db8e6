package dev.vigil.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads the feeds listed in an OPML file; enclosing outlines become the feed's categories. */
public final class OpmlReader {
  /** One feed of an OPML file. */
  public record Outline(String url, String title, List<String> categories) {}

  private OpmlReader() {}

  public static List<Outline> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public static List<Outline> read(InputStream in) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      Element root = f.newDocumentBuilder().parse(in).getDocumentElement();
      if (!"opml".equals(root.getTagName())) {
        throw new IOException("the root element is <" + root.getTagName() + ">, not <opml>");
      }
      List<Outline> out = new ArrayList<>();
      walk(root, new ArrayList<>(), out);
      return out;
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static void walk(Element parent, List<String> path, List<Outline> out) {
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (!(c instanceof Element e)) {
        continue;
      }
      if (!e.getTagName().equals("outline")) {
        walk(e, path, out);
        continue;
      }
      String title =
          !e.getAttribute("title").isEmpty() ? e.getAttribute("title") : e.getAttribute("text");
      String xmlUrl = e.getAttribute("xmlUrl");
      if (!xmlUrl.isBlank()) {
        out.add(new Outline(xmlUrl.strip(), title.isEmpty() ? null : title, List.copyOf(path)));
      }
      List<String> inner = new ArrayList<>(path);
      if (xmlUrl.isBlank() && !title.isBlank()) {
        inner.add(title);
      }
      walk(e, inner, out);
    }
  }
}
