package dev.vigil.feed;

import dev.vigil.article.Article;
import java.util.List;

/**
 * The result of polling one feed once.
 *
 * @param outcome {@code new}, {@code updated} (only changed entries), {@code not-modified}, {@code unchanged}, {@code gone}, {@code retry-later}, {@code refused} (address policy), {@code fetch-error} or {@code parse-error}
 */
public record PollResult(FeedState state, List<Article> articles, String outcome, List<String> warnings) {
  public PollResult {
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
  }
}
