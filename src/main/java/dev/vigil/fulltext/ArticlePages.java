package dev.vigil.fulltext;

import dev.vigil.article.Article;
import dev.vigil.article.ArticleId;
import dev.vigil.article.Page;
import dev.vigil.config.FulltextSettings;
import dev.vigil.config.PollerSettings;
import java.time.Clock;
import java.util.List;

/**
 * Fetches article pages one at a time, as the full-text stage does, for the command line and the
 * rule-testing API: {@code vigil match URL}, {@code vigil parse --fulltext}, {@code /api/match}.
 */
public final class ArticlePages {
  private final PageFetcher fetcher;
  private final FulltextSettings settings;
  private final Clock clock;

  public ArticlePages(PollerSettings poller, FulltextSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.fetcher = PageFetcher.create(poller, settings, clock, FulltextMetrics.none());
  }

  /** The page at {@code url}, fetched and extracted within the timeout. */
  public Page fetch(String url) {
    try {
      return fetcher.fetch(url, null, null, clock.instant().plus(settings.timeout())).page();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Page.none(Page.TIMEOUT);
    }
  }

  /** An article made of a page alone, as if a feed had linked to it with no text of its own. */
  public Article article(String url, Page page) {
    return new Article(
            Article.SCHEMA,
            ArticleId.of(url, url),
            url,
            null,
            url,
            url,
            page.title() == null ? "" : page.title(),
            "",
            "",
            "",
            page.byline() == null ? List.of() : List.of(page.byline()),
            List.of(),
            page.published(),
            clock.instant(),
            false)
        .withPage(page);
  }
}
