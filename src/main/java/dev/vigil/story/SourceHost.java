package dev.vigil.story;

import java.net.URI;
import java.util.Locale;

/** The source of an article for "reported by N sources": its feed URL's host. */
final class SourceHost {
  private SourceHost() {}

  /**
   * Lower-cased host without a leading "www.", so http/https and www variants of one outlet count
   * once; two feeds of the same outlet (world, business) also count once, which is the point.
   */
  static String of(String feedUrl) {
    if (feedUrl == null || feedUrl.isBlank()) return "";
    try {
      String host = URI.create(feedUrl.trim()).getHost();
      if (host != null) {
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
      }
    } catch (IllegalArgumentException e) {
      // Not a URI: fall through and use the text itself, which still separates distinct feeds.
    }
    return feedUrl.trim().toLowerCase(Locale.ROOT);
  }
}
