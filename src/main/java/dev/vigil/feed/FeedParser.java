package dev.vigil.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Reads RSS, Atom, RDF, CDF and JSON Feed documents into a {@link ParsedFeed}. Rome's types stay in
 * this package.
 *
 * <p>XML goes through these steps: decode ({@link FeedCharset}); parse strictly ({@link
 * SecureXml}); if that fails, repair the text ({@link XmlRepair}) and, failing that, cut it after
 * its last complete entry ({@link TruncatedXml}); bring the document into a shape Rome knows
 * ({@link FeedShape}); resolve links and odd dates ({@link XmlBase}, {@link FeedDates}); then Rome.
 * Each repair adds a warning.
 */
public class FeedParser {

  public ParsedFeed parse(byte[] body, String contentType, String baseUrl)
      throws FeedParseException {
    if (body.length == 0) {
      throw new FeedParseException("not a feed: the document is empty", null);
    }
    try {
      return JsonFeedParser.looksLikeJson(body)
          ? new JsonFeedParser().parse(body, baseUrl)
          : xml(body, contentType, baseUrl);
    } catch (RuntimeException e) {
      // Rome, JDOM and the JSON mapper throw unchecked exceptions on input they were not written
      // for.
      throw new FeedParseException("not a feed: it could not be read: " + firstLine(e), e);
    }
  }

  private static ParsedFeed xml(byte[] body, String contentType, String baseUrl)
      throws FeedParseException {
    FeedCharset.Decoded decoded = FeedCharset.decode(body, contentType);
    List<String> warnings = new ArrayList<>(decoded.warnings());
    Document doc = document(decoded.text(), warnings);
    String root = doc.getRootElement().getName().toLowerCase(Locale.ROOT);
    if (root.equals("html")) {
      throw new FeedParseException("not a feed: the document is an HTML page", null);
    }
    FeedShape.normalise(doc, warnings);
    XmlBase.resolve(doc.getRootElement(), baseUrl);
    List<String> bases = XmlBase.contentBases(EntryDates.entries(doc.getRootElement()), baseUrl);
    List<java.time.Instant> dates = EntryDates.extract(doc.getRootElement());
    return SyndMapping.toParsed(
        rome(doc, root), baseUrl, warnings, decoded.charset(), dates, bases);
  }

  private static Document document(String text, List<String> warnings) throws FeedParseException {
    try {
      return SecureXml.parse(text);
    } catch (JDOMException | IOException strict) {
      if (String.valueOf(strict.getMessage()).contains("JAXP0001")) {
        // The JDK's entity-expansion, entity-size or depth limits: an attack or a broken generator.
        throw new FeedParseException(
            "not a feed: refused, it exceeds the XML parser's safety limits: " + firstLine(strict),
            strict);
      }
      if (looksLikeHtml(text)) {
        throw new FeedParseException("not a feed: the document is an HTML page", strict);
      }
      XmlRepair.Repaired repaired = XmlRepair.repair(text);
      try {
        Document doc = SecureXml.parse(repaired.text());
        warnings.addAll(repaired.repairs());
        warnings.add("the document is not well-formed XML: " + firstLine(strict));
        return doc;
      } catch (JDOMException | IOException stillBroken) {
        return salvage(repaired, stillBroken, warnings);
      }
    }
  }

  /** Last resort: keep the entries before the point where the document breaks off. */
  private static Document salvage(
      XmlRepair.Repaired repaired, Exception broken, List<String> warnings)
      throws FeedParseException {
    String closed = TruncatedXml.close(repaired.text());
    if (closed != null) {
      try {
        Document doc = SecureXml.parse(closed);
        warnings.addAll(repaired.repairs());
        warnings.add(
            "the document breaks off (" + firstLine(broken) + "); read the entries before that");
        return doc;
      } catch (JDOMException | IOException ignored) {
        // fall through: the original error says more than the salvage attempt's
      }
    }
    throw new FeedParseException("not a feed: the XML is broken: " + firstLine(broken), broken);
  }

  private static SyndFeed rome(Document doc, String root) throws FeedParseException {
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(true);
      return input.build(doc);
    } catch (IllegalArgumentException e) {
      if (!"Invalid document".equals(e.getMessage())) {
        throw e;
      }
      throw new FeedParseException(
          "not a feed: <" + root + "> is not the root of an RSS, Atom or RDF feed", e);
    } catch (FeedException e) {
      throw new FeedParseException(
          "not a feed: it could not be read as " + root + ": " + firstLine(e), e);
    }
  }

  private static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), 1024)).toLowerCase(Locale.ROOT);
    return head.contains("<!doctype html") || head.contains("<html");
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
