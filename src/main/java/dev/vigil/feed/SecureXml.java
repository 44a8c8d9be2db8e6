package dev.vigil.feed;

import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.EntityRef;
import org.jdom2.JDOMException;
import org.jdom2.Text;
import org.jdom2.filter.Filters;
import org.jsoup.nodes.Entities;

/**
 * Parses feed XML into a JDOM document with Rome's hardened SAX set-up: external entities and DTD
 * loading off, DOCTYPEs allowed (RSS 0.91 carries one). We add the JDK's secure processing, whose
 * entity expansion limit refuses "billion laughs" documents, and a cap on element depth.
 *
 * <p>Rome's set-up also keeps JDOM's "expand entities" off, because in JDOM that switch and the
 * external entity switch are one and the same: with it on, {@code <!ENTITY x SYSTEM
 * "file:///etc/passwd">} is read into the feed (see the XXE test). So entity references come back
 * as markers, and we fill in HTML entities that RSS 0.91's unread Netscape DTD would have declared.
 */
final class SecureXml {
  private static final String MAX_DEPTH =
      "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
  private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY\\s+([^%\\s][^\\s]*)");

  /** Rome keeps its SAX configuration in a protected factory method; this opens it to us. */
  private static final class RomeSax extends WireFeedInput {
    RomeSax() {
      setAllowDoctypes(true);
    }

    SAXBuilder builder() {
      SAXBuilder b = createSAXBuilder();
      b.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      b.setProperty(MAX_DEPTH, "500");
      return b;
    }
  }

  private SecureXml() {}

  static Document parse(String xml) throws JDOMException, IOException {
    Document doc = new RomeSax().builder().build(new StringReader(xml));
    fillEntityReferences(doc);
    return doc;
  }

  /**
   * JDOM leaves a marker for each entity reference. Internal entities the document declares are
   * already expanded next to their marker; external ones are never loaded; undeclared ones (an HTML
   * entity under an unread DTD) are HTML entities, so those get their HTML value.
   */
  private static void fillEntityReferences(Document doc) {
    List<EntityRef> refs = new ArrayList<>();
    doc.getDescendants(Filters.entityref()).forEach(refs::add);
    if (refs.isEmpty()) {
      return;
    }
    Set<String> declared = new HashSet<>();
    String subset = doc.getDocType() == null ? null : doc.getDocType().getInternalSubset();
    Matcher m = ENTITY_DECL.matcher(subset == null ? "" : subset);
    while (m.find()) {
      declared.add(m.group(1));
    }
    for (EntityRef ref : refs) {
      Element parent = ref.getParentElement();
      int at = parent.indexOf(ref);
      parent.removeContent(at);
      String value = declared.contains(ref.getName()) ? "" : Entities.getByName(ref.getName());
      if (!value.isEmpty()) {
        parent.addContent(at, new Text(value));
      }
    }
  }
}
