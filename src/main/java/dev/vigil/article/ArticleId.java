package dev.vigil.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable identity of a feed entry: the guid, else the normalised link, else a hash of its text.
 *
 * <p>The id is scoped to the feed, so two feeds that reuse a guid never hide each other's entries.
 */
public final class ArticleId {
  private ArticleId() {}

  /**
   * The identity key before hashing, e.g. {@code guid:urn:x}, {@code link:https://a/b}, {@code
   * hash:...}. A guid that is just the entry's link (what Rome reports for an RSS item without a
   * guid) is keyed as the normalised link, so tracking parameters do not make it a new entry.
   */
  public static String key(String guid, String link, String title, String text) {
    if (guid != null && !guid.isBlank() && !(link != null && guid.strip().equals(link.strip()))) {
      return "guid:" + guid.strip();
    }
    if (link != null && !link.isBlank()) {
      return "link:" + normaliseLink(link.strip());
    }
    return "hash:" + Hashing.shortId(nullToEmpty(title) + "\n" + nullToEmpty(text));
  }

  /** The article id: a hash of the feed URL and the identity key. */
  public static String of(String feedUrl, String key) {
    return Hashing.shortId(feedUrl + "\n" + key);
  }

  /**
   * Lower-cases scheme and host, drops the fragment and tracking parameters ({@code utm_*}, {@code
   * fbclid}, {@code gclid}), so the same story linked with different campaign tags is one.
   */
  public static String normaliseLink(String link) {
    try {
      URI u = new URI(link);
      if (u.getScheme() == null || u.getHost() == null) {
        return link;
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      StringBuilder b = new StringBuilder(scheme).append("://");
      if (u.getRawUserInfo() != null) {
        b.append(u.getRawUserInfo()).append('@');
      }
      b.append(u.getHost().toLowerCase(Locale.ROOT));
      boolean defaultPort =
          (scheme.equals("http") && u.getPort() == 80)
              || (scheme.equals("https") && u.getPort() == 443);
      if (u.getPort() != -1 && !defaultPort) {
        b.append(':').append(u.getPort());
      }
      b.append(u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
      String query = u.getRawQuery() == null ? "" : stripTracking(u.getRawQuery());
      return query.isEmpty() ? b.toString() : b + "?" + query;
    } catch (URISyntaxException e) {
      return link;
    }
  }

  private static String stripTracking(String rawQuery) {
    return Arrays.stream(rawQuery.split("&"))
        .filter(p -> !p.isEmpty())
        .filter(
            p -> {
              String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
              return !(name.startsWith("utm_")
                  || name.equals("fbclid")
                  || name.equals("gclid")
                  || name.equals("mc_cid")
                  || name.equals("mc_eid"));
            })
        .collect(Collectors.joining("&"));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
