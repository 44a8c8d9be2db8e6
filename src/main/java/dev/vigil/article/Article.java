package dev.vigil.article;

import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * One feed entry, normalised: the record that flows from the poller through Kafka to the alerts.
 *
 * <p>{@code id} is stable across polls and restarts (see {@link ArticleId}); {@code summary} and
 * {@code content} are plain text, HTML already removed.
 *
 * @param html the content (else the summary) as safe HTML for emails (see {@link SafeHtml}); empty
 *     in schema 2 records, which did not have it
 * @param update true when this is a material change (title or text) of an article already published
 *     with the same id, rather than a new article
 * @param page what the article's page gave (full text, byline, ...), or null when it went through
 *     no full-text stage (schema 3 and before)
 */
@Serdeable
public record Article(
    int schema,
    String id,
    String feedUrl,
    String feedTitle,
    String guid,
    String link,
    String title,
    String summary,
    String content,
    String html,
    List<String> authors,
    List<String> categories,
    Instant published,
    Instant fetched,
    boolean update,
    Page page) {

  /**
   * The layout version of this record: 2 added {@code update}, 3 added {@code html}, 4 added {@code
   * page}.
   */
  public static final int SCHEMA = 4;

  @Creator
  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
    categories = categories == null ? List.of() : List.copyOf(categories);
    title = title == null ? "" : title;
    summary = summary == null ? "" : summary;
    content = content == null ? "" : content;
    html = html == null ? "" : html;
  }

  /** An article that has not been through the full-text stage. */
  public Article(
      int schema,
      String id,
      String feedUrl,
      String feedTitle,
      String guid,
      String link,
      String title,
      String summary,
      String content,
      String html,
      List<String> authors,
      List<String> categories,
      Instant published,
      Instant fetched,
      boolean update) {
    this(
        schema,
        id,
        feedUrl,
        feedTitle,
        guid,
        link,
        title,
        summary,
        content,
        html,
        authors,
        categories,
        published,
        fetched,
        update,
        null);
  }

  /** The article with what its page gave, in the current layout. */
  public Article withPage(Page p) {
    return new Article(
        SCHEMA,
        id,
        feedUrl,
        feedTitle,
        guid,
        link,
        title,
        summary,
        content,
        html,
        authors,
        categories,
        published == null && p != null ? p.published() : published,
        fetched,
        update,
        p);
  }

  /** The page's text when it was fetched, else the feed's content: the article's body. */
  public String body() {
    return page != null && page.hasText() ? page.text() : content;
  }

  /** An article without an HTML form (tests, tools, and what schema 2 carried). */
  public Article(
      int schema,
      String id,
      String feedUrl,
      String feedTitle,
      String guid,
      String link,
      String title,
      String summary,
      String content,
      List<String> authors,
      List<String> categories,
      Instant published,
      Instant fetched,
      boolean update) {
    this(
        schema,
        id,
        feedUrl,
        feedTitle,
        guid,
        link,
        title,
        summary,
        content,
        "",
        authors,
        categories,
        published,
        fetched,
        update);
  }
}
