package dev.vigil.match.engine;

import dev.vigil.match.analysis.ArticleDocument;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * The Monitor's presearcher: which rules are worth running on an article.
 *
 * <p>Two passes: a conjunction is indexed under two of its terms, so "wagner AND mali" is only
 * tried on articles that contain both. Metadata fields (lang, domain, feed, tag, author) are
 * weighted down because nearly every article has the same few values there: without that,
 * "domain:reuters.com wagner" would be indexed under its (longer) domain and tried on every Reuters
 * article rather than on every article mentioning Wagner. docs/matching.md has the candidate counts
 * this was chosen on.
 */
public final class Presearchers {
  static final int PASSES = 2;
  static final TermWeightor WEIGHTOR =
      TermWeightor.combine(
          TermWeightor.DEFAULT,
          TermWeightor.fieldWeightor(
              0.1,
              ArticleDocument.LANG,
              ArticleDocument.DOMAIN,
              ArticleDocument.FEED,
              ArticleDocument.TAG,
              ArticleDocument.AUTHOR));

  private Presearchers() {}

  public static Presearcher create() {
    return new Multipass();
  }

  /**
   * Queries are indexed by MultipassTermFilteredPresearcher. An article's question is {@link
   * PassesQuery}, which reads the article's terms itself and answers as that presearcher's query
   * does (every pass matched by some term of the article, or indexed as matching any token).
   * Lucene's own question first turned each term of the article into a String and back, asked the
   * query index's term filter for it, and copied it: half the cost of the presearch.
   */
  private static final class Multipass extends Presearcher {
    private final MultipassTermFilteredPresearcher indexing =
        new MultipassTermFilteredPresearcher(PASSES, 0f, WEIGHTOR, List.of(), Set.of());
    private final QueryIndexTerms index = new QueryIndexTerms(PASSES);

    @Override
    public Query buildQuery(LeafReader article, BiPredicate<String, BytesRef> termAcceptor) {
      return new PassesQuery(
          article, index, PASSES); // terms not in the index select nothing: no filter needed
    }

    @Override
    public Document indexQuery(Query query, Map<String, String> metadata) {
      return indexing.indexQuery(query, metadata);
    }
  }
}
