package dev.vigil.match;

import java.util.List;
import java.util.Set;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermWeightor;

/**
 * The Monitor's presearcher: which rules are worth running on an article.
 *
 * <p>Two passes: a conjunction is indexed under two of its terms, so "wagner AND mali" is only
 * tried on articles that contain both. Metadata fields (lang, domain, feed, tag, author) are
 * weighted down because nearly every article has the same few values there: without that,
 * "domain:reuters.com wagner" would be indexed under its (longer) domain and tried on every
 * Reuters article rather than on every article mentioning Wagner. docs/matching.md has the
 * candidate counts this was chosen on.
 */
final class Presearchers {
  static final TermWeightor WEIGHTOR = TermWeightor.combine(TermWeightor.DEFAULT,
      TermWeightor.fieldWeightor(0.1, ArticleDocument.LANG, ArticleDocument.DOMAIN, ArticleDocument.FEED,
          ArticleDocument.TAG, ArticleDocument.AUTHOR));

  private Presearchers() {}

  static Presearcher create() {
    return new MultipassTermFilteredPresearcher(2, 0f, WEIGHTOR, List.of(), Set.of());
  }
}
