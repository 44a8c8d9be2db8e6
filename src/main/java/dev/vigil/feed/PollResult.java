package dev.vigil.feed;

import dev.vigil.article.Article;
import java.util.List;

/**
 * The result of polling one feed once.
 *
 * @param outcome how the poll ended
 */
public record PollResult(
    FeedState state, List<Article> articles, PollOutcome outcome, List<String> warnings) {
  public PollResult {
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
  }
}
