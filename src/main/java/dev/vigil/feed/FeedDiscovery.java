package dev.vigil.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Feed autodiscovery: the {@code <link rel="alternate">} elements of an HTML page whose type is
 * RSS, Atom or JSON Feed, with their hrefs resolved against the page URL and any {@code <base>}
 * (RFC 3986 section 5). {@code application/json} is left out: WordPress uses it for its REST API.
 */
public final class FeedDiscovery {
  /** One feed a page links to. */
  public record Found(String url, String type, String title) {}

  static final Set<String> FEED_TYPES =
      Set.of("application/rss+xml", "application/atom+xml", "application/feed+json");
  private static final Pattern CHARSET =
      Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private FeedDiscovery() {}

  public static List<Found> find(byte[] html, String contentType, String pageUrl) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(html), charset(contentType), pageUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Found> out = new ArrayList<>();
    Set<String> urls = new LinkedHashSet<>();
    for (Element link : doc.select("link[rel][href][type]")) {
      String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].strip();
      boolean alternate =
          Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
      String url = link.absUrl("href");
      if (alternate
          && FEED_TYPES.contains(type)
          && (url.startsWith("http://") || url.startsWith("https://"))
          && urls.add(url)) {
        out.add(
            new Found(url, type, link.attr("title").isBlank() ? null : link.attr("title").strip()));
      }
    }
    return out;
  }

  /**
   * True when the document is itself a feed rather than a page: an RSS, Atom, RDF or JSON Feed
   * root.
   */
  public static boolean isFeed(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    if (head.contains("<html")) {
      return false;
    }
    return head.contains("<rss")
        || head.contains("<feed")
        || head.contains("<rdf:rdf")
        || head.stripLeading().startsWith("{") && head.contains("jsonfeed.org/version");
  }

  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }
}
