package dev.vigil.article;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * What the full-text stage did with an article's page, and what the page said.
 *
 * @param status {@code fetched}, {@code not-needed} (the feed gave the whole text, or its mode is
 *     {@code never}), {@code not-modified} (an updated entry whose page has not changed), {@code
 *     failed: <reason>}, {@code timeout} or {@code refused} (the address policy)
 * @param wall {@code paywall} or {@code cookie-wall} when the page shows one (its text is then what
 *     the page gives), else null
 * @param title the page's headline, or null
 * @param text the article body as plain text, paragraphs separated by a blank line; empty unless
 *     fetched
 * @param html the body as safe HTML
 */
@Serdeable
public record Page(
    String status,
    String wall,
    String title,
    String text,
    String html,
    String byline,
    String language,
    String canonical,
    String image,
    Instant published) {

  public static final String FETCHED = "fetched";
  public static final String NOT_NEEDED = "not-needed";
  public static final String NOT_MODIFIED = "not-modified";
  public static final String TIMEOUT = "timeout";
  public static final String REFUSED = "refused";

  public Page {
    text = text == null ? "" : text;
    html = html == null ? "" : html;
  }

  /** A page not fetched, for {@code status}. */
  public static Page none(String status) {
    return new Page(status, null, null, "", "", null, null, null, null, null);
  }

  public boolean hasText() {
    return !text.isBlank();
  }
}
