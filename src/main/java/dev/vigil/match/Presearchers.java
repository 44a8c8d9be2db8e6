package dev.vigil.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
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
   * MultipassTermFilteredPresearcher, building the same query over its query index for an article
   * (in each pass's fields, any of the article's terms; every pass must match), with {@link
   * AnyTermQuery} in place of TermInSetQuery.
   */
  private static final class Multipass extends MultipassTermFilteredPresearcher {
    Multipass() {
      super(PASSES, 0f, WEIGHTOR, List.of(), Set.of());
    }

    @Override
    protected DocumentQueryBuilder getQueryBuilder() {
      return new ArticleTerms();
    }

    private static final class ArticleTerms implements DocumentQueryBuilder {
      private final Map<String, List<BytesRef>> terms = new LinkedHashMap<>();

      @Override
      public void addTerm(String field, BytesRef term) {
        terms.computeIfAbsent(field, f -> new ArrayList<>()).add(BytesRef.deepCopyOf(term));
      }

      @Override
      public Query build() {
        BooleanQuery.Builder everyPass = new BooleanQuery.Builder();
        for (int pass = 0; pass < PASSES; pass++) {
          BooleanQuery.Builder anyTerm = new BooleanQuery.Builder();
          for (Map.Entry<String, List<BytesRef>> e : terms.entrySet()) {
            String field = e.getKey() + "_" + pass; // where MultipassTermFilteredPresearcher indexes the pass
            anyTerm.add(new AnyTermQuery(field, e.getValue()), Occur.SHOULD);
          }
          everyPass.add(anyTerm.build(), Occur.MUST);
        }
        return everyPass.build();
      }
    }
  }
}
