package dev.vigil.match;

import java.util.List;

/** A watchlist entity found in an article: through which alias (as written in the watchlist), and where. */
public record EntityHit(String entityId, String name, String type, String alias, List<TextSpan> spans) {
  public EntityHit {
    spans = List.copyOf(spans);
  }
}
