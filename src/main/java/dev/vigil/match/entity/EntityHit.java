package dev.vigil.match.entity;

import dev.vigil.match.highlight.TextSpan;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A watchlist entity found in an article: through which alias (as written in the watchlist), and
 * where.
 */
@Serdeable
public record EntityHit(
    String entityId, String name, String type, String alias, List<TextSpan> spans) {
  public EntityHit {
    spans = List.copyOf(spans);
  }
}
