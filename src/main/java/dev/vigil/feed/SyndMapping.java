package dev.vigil.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.vigil.article.SafeHtml;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdom2.Element;
import org.jdom2.filter.Filters;

/** Copies what Vigil needs out of Rome's model into a {@link ParsedFeed}; Rome's types end here. */
final class SyndMapping {
  private static final String MEDIA_RSS = "http://search.yahoo.com/mrss/";

  private SyndMapping() {}

  /**
   * {@code dates} and {@code bases}: each entry's date and the base its content's links resolve
   * against, read before Rome (see {@link EntryDates}, {@link XmlBase#contentBases}), in entry
   * order.
   */
  static ParsedFeed toParsed(
      SyndFeed feed,
      String baseUrl,
      List<String> warnings,
      String encoding,
      List<Instant> dates,
      List<String> bases) {
    String title =
        firstNonBlank(
            text(feed.getTitleEx(), feed.getTitle()), dcTitle(feed.getModule(DCModule.URI)));
    List<SyndEntry> syndEntries = feed.getEntries();
    boolean aligned = syndEntries.size() == dates.size() && syndEntries.size() == bases.size();
    if (!aligned) {
      warnings = new java.util.ArrayList<>(warnings);
      warnings.add("entry dates could not be matched to entries and were dropped");
    }
    List<ParsedFeed.Entry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < syndEntries.size(); i++) {
      entries.add(
          entry(
              syndEntries.get(i),
              baseUrl,
              aligned ? dates.get(i) : null,
              aligned ? bases.get(i) : null));
    }
    String link = alternate(feed.getLinks(), feed.getLink());
    return new ParsedFeed(
        title, link(baseUrl, link), feed.getFeedType(), entries, warnings, encoding);
  }

  private static ParsedFeed.Entry entry(SyndEntry e, String baseUrl, Instant date, String xmlBase) {
    String title =
        firstNonBlank(
            text(e.getTitleEx(), e.getTitle()),
            dcTitle(e.getModule(DCModule.URI)),
            mediaTitle(e.getForeignMarkup()));
    String summary = text(e.getDescription(), null);
    String content =
        e.getContents().stream()
            .map(c -> text(c, null))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining("\n\n"));
    String link = link(baseUrl, alternate(e.getLinks(), e.getLink()));
    // The HTML was written for the article's page: an xml:base says otherwise, else its link is the
    // base.
    String base = xmlBase != null ? xmlBase : link != null ? link : baseUrl;
    return new ParsedFeed.Entry(
        blankToNull(e.getUri()),
        link,
        title,
        summary,
        content,
        markup(e),
        base,
        authors(e),
        categories(e),
        date);
  }

  /**
   * The contents (content:encoded, Atom content), else the description or summary, as HTML; text
   * escaped.
   */
  private static String markup(SyndEntry e) {
    List<SyndContent> parts =
        e.getContents().stream()
            .filter(c -> c.getValue() != null && !c.getValue().isBlank())
            .toList();
    if (parts.isEmpty() && e.getDescription() != null && e.getDescription().getValue() != null) {
      parts = List.of(e.getDescription());
    }
    return parts.stream()
        .map(c -> plain(c) ? SafeHtml.ofText(c.getValue()) : c.getValue())
        .collect(Collectors.joining("\n"));
  }

  private static boolean plain(SyndContent c) {
    return "text".equals(c.getType()) || "text/plain".equals(c.getType());
  }

  /**
   * Plain text of a title or body: Atom {@code type="text"} is taken literally, anything else as
   * HTML.
   */
  private static String text(SyndContent content, String fallback) {
    String value = content != null && content.getValue() != null ? content.getValue() : fallback;
    return content != null && plain(content) ? HtmlText.plain(value) : HtmlText.of(value);
  }

  private static List<String> authors(SyndEntry e) {
    Set<String> authors = new LinkedHashSet<>();
    if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
      authors.add(e.getAuthor().strip());
    }
    for (SyndPerson p : e.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) {
        authors.add(p.getName().strip());
      }
    }
    return List.copyOf(authors);
  }

  private static List<String> categories(SyndEntry e) {
    return e.getCategories().stream()
        .map(SyndCategory::getName)
        .filter(c -> c != null && !c.isBlank())
        .map(String::strip)
        .distinct()
        .toList();
  }

  private static String dcTitle(Object module) {
    return module instanceof DCModule dc ? HtmlText.of(dc.getTitle()) : "";
  }

  /** Media RSS titles stand in for a missing item title (podcast and video feeds). */
  private static String mediaTitle(List<Element> foreign) {
    for (Element e : foreign) {
      for (Element t :
          e.getDescendants(Filters.element("title", org.jdom2.Namespace.getNamespace(MEDIA_RSS)))) {
        return HtmlText.of(t.getText());
      }
      if (e.getName().equals("title") && MEDIA_RSS.equals(e.getNamespaceURI())) {
        return HtmlText.of(e.getText());
      }
    }
    return "";
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }

  /**
   * The Atom {@code rel="alternate"} link (no rel means alternate): Rome's own choice for the feed
   * link is the {@code rel="self"} link, which is the feed document, not the site.
   */
  private static String alternate(List<SyndLink> links, String fallback) {
    return links.stream()
        .filter(l -> l.getRel() == null || l.getRel().isBlank() || l.getRel().equals("alternate"))
        .map(SyndLink::getHref)
        .filter(h -> h != null && !h.isBlank())
        .findFirst()
        .orElse(fallback);
  }

  /** Links are already absolute where the document gave a base; this covers the rest. */
  private static String link(String baseUrl, String link) {
    return link == null || link.isBlank() ? null : XmlBase.absolute(baseUrl, link);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
