package dev.vigil.article;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What story grouping needs of an article, computed once where it is matched and carried to where
 * its story is decided: its source host, its MinHash signature and its facts.
 *
 * @param host the source host (the feed URL's), for "reported by N sources"
 * @param minhash the signature as Base64 of big-endian 64-bit values; null when the text is too
 *     short to group (the article is then a story of its own)
 * @param shingles how many distinct shingles the signature was made from
 * @param facts the article's facts in their one-line form; null with {@code minhash}
 */
@Serdeable
public record StorySignature(String host, String minhash, int shingles, String facts) {}
