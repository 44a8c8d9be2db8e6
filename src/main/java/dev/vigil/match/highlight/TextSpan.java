package dev.vigil.match.highlight;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A matched stretch of an article. {@code field} is title, content, author, feed or tag; the
 * offsets are Java string indexes into that field's text: for title, {@code article.title()}; for
 * content, title + "\n\n" + summary + "\n\n" + body (so a title span has the same offsets in both);
 * for author and tag, the values joined with "\n"; for feed, feed title + "\n" + feed URL.
 */
@Serdeable
public record TextSpan(String field, int start, int end, String text) {}
