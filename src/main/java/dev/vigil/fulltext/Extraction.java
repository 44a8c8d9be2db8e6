package dev.vigil.fulltext;

import java.time.Instant;

/**
 * What a page says, as extracted from its HTML.
 *
 * @param title the article's headline (structured data, then {@code og:title}, then the page title)
 * @param text the article body as plain text, paragraphs separated by a blank line; empty when the
 *     page has no article text
 * @param html the body as safe HTML (links, emphasis, lists, quotes; no scripts or styles)
 * @param byline the author or authors, or null
 * @param published when the article was published, or null
 * @param language the page's language tag ({@code en}, {@code pt-BR}), or null
 * @param canonical the page's canonical URL, or null
 * @param image the lead image's URL, or null
 * @param source where the body came from: {@code structured-data} (JSON-LD {@code articleBody}),
 *     {@code page} (the page's markup), or {@code none}
 */
public record Extraction(
    String title,
    String text,
    String html,
    String byline,
    Instant published,
    String language,
    String canonical,
    String image,
    String source) {

  public boolean empty() {
    return text.isBlank();
  }
}
