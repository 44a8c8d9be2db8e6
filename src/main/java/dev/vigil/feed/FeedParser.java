package dev.vigil.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads RSS and Atom with Rome into a {@link ParsedFeed}. Rome's types stay in here.
 *
 * <p>The strict XML parse is tried first; when it fails, Rome's XML healer (HTML entities, junk
 * before the prolog) is tried and the repair is reported as a warning. DOCTYPEs are allowed because
 * RSS 0.91 carries one, but Rome keeps external entities and DTD loading off.
 */
public class FeedParser {

  public ParsedFeed parse(byte[] body, String contentType, String baseUrl) throws FeedParseException {
    if (body.length == 0) {
      throw new FeedParseException("not a feed: the document is empty", null);
    }
    List<String> warnings = new ArrayList<>();
    SyndFeed feed;
    String[] encoding = new String[1];
    try {
      feed = read(body, contentType, false, encoding);
    } catch (Exception strict) {
      try {
        feed = read(body, contentType, true, encoding);
        warnings.add("repaired malformed XML: " + firstLine(strict));
      } catch (Exception lenient) {
        throw new FeedParseException(explain(body, lenient), lenient);
      }
    }
    List<ParsedFeed.Entry> entries = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      entries.add(entry(e, baseUrl));
    }
    return new ParsedFeed(text(feed.getTitle()), resolve(baseUrl, feed.getLink()), feed.getFeedType(), entries, warnings,
        encoding[0] == null ? null : encoding[0].toLowerCase(java.util.Locale.ROOT));
  }

  private static SyndFeed read(byte[] body, String contentType, boolean heal, String[] encoding) throws Exception {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(true);
    input.setXmlHealerOn(heal);
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
      encoding[0] = reader.getEncoding();
      return input.build(reader);
    }
  }

  private static ParsedFeed.Entry entry(SyndEntry e, String baseUrl) {
    String link = resolve(baseUrl, e.getLink());
    String summary = e.getDescription() == null ? "" : HtmlText.of(e.getDescription().getValue());
    String content = e.getContents().stream()
        .map(SyndContent::getValue)
        .map(HtmlText::of)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining("\n\n"));
    Set<String> authors = new LinkedHashSet<>();
    if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
      authors.add(e.getAuthor().strip());
    }
    for (SyndPerson p : e.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) {
        authors.add(p.getName().strip());
      }
    }
    List<String> categories = e.getCategories().stream()
        .map(SyndCategory::getName)
        .filter(c -> c != null && !c.isBlank())
        .map(String::strip)
        .distinct()
        .toList();
    Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    return new ParsedFeed.Entry(blankToNull(e.getUri()), link, text(e.getTitle()), summary, content,
        List.copyOf(authors), categories, date == null ? null : date.toInstant());
  }

  private static String text(String maybeHtml) {
    return maybeHtml == null ? "" : HtmlText.of(maybeHtml);
  }

  /** Relative links are resolved against the feed's URL (RFC 3986 section 5). */
  static String resolve(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String l = link.strip();
    if (base == null) {
      return l;
    }
    try {
      URI u = new URI(l.replace(" ", "%20"));
      return u.isAbsolute() ? l : URI.create(base).resolve(u).toString();
    } catch (Exception e) {
      return l;
    }
  }

  private static String explain(byte[] body, Exception e) {
    String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase();
    if (head.contains("<html") || head.contains("<!doctype html")) {
      return "not a feed: the document is an HTML page";
    }
    return "not a feed: " + firstLine(e);
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
