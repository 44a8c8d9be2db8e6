package dev.vigil.fulltext;

import dev.vigil.article.Article;
import dev.vigil.article.Page;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * The stage's meters: articles passed on by page status ({@code
 * vigil_fulltext_articles_total{status}}, the reason cut to its first words so the label stays
 * bounded), the characters of page text they gained, the bytes of the pages fetched and the time
 * their extraction took.
 */
final class FulltextMetrics {
  private final MeterRegistry registry;

  FulltextMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Meters nothing (the command line). */
  static FulltextMetrics none() {
    return new FulltextMetrics(new SimpleMeterRegistry());
  }

  void page(int bytes, long extractionNanos) {
    registry.summary("vigil.fulltext.page.bytes").record(bytes);
    registry.timer("vigil.fulltext.extraction").record(extractionNanos, TimeUnit.NANOSECONDS);
  }

  void passedOn(Article a) {
    Page p = a.page();
    registry.counter("vigil.fulltext.articles", "status", label(p.status())).increment();
    if (p.hasText()) {
      registry.summary("vigil.fulltext.text.chars").record(p.text().length());
    }
  }

  /** "failed: HTTP 404" stays; "failed: connection refused by host x" becomes "failed: other". */
  static String label(String status) {
    if (!status.startsWith("failed: ")) {
      return status;
    }
    String reason = status.substring("failed: ".length());
    return reason.matches("HTTP \\d{3}") ? status : "failed: other";
  }
}
