package dev.vigil.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * "domain:reuters.com wagner" would be indexed under its (longer) domain and tried on every
 * Reuters article rather than on every article mentioning Wagner. docs/matching.md has the
 * candidate counts this was chosen on.
 */
final class Presearchers {
  static final int PASSES = 2;
  static final TermWeightor WEIGHTOR = TermWeightor.combine(TermWeightor.DEFAULT,
      TermWeightor.fieldWeightor(0.1, ArticleDocument.LANG, ArticleDocument.DOMAIN, ArticleDocument.FEED,
          ArticleDocument.TAG, ArticleDocument.AUTHOR));

  private Presearchers() {}

  static Presearcher create() {
    return new Multipass();
  }

  /**
   * MultipassTermFilteredPresearcher, asking its query index the same question for an article (in
   * each pass, any of the article's terms in any field), through {@link PassesQuery}.
   */
  private static final class Multipass extends MultipassTermFilteredPresearcher {
    private final QueryIndexTerms index = new QueryIndexTerms(PASSES);

    Multipass() {
      super(PASSES, 0f, WEIGHTOR, List.of(), Set.of());
    }

    @Override
    protected DocumentQueryBuilder getQueryBuilder() {
      Map<String, List<BytesRef>> terms = new LinkedHashMap<>();
      return new DocumentQueryBuilder() {
        @Override
        public void addTerm(String field, BytesRef term) {
          terms.computeIfAbsent(field, f -> new ArrayList<>()).add(term); // already a copy
        }

        @Override
        public Query build() {
          return new PassesQuery(terms, index, PASSES);
        }
      };
    }
  }
}
