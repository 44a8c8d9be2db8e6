package dev.vigil.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents that have any of a set of terms in one field: what the presearcher asks of the
 * Monitor's query index for each article. Lucene's TermInSetQuery answers the same, but its
 * rewrite walks the terms against the index twice (first to see whether a few of them would make
 * a boolean query, then for the bit set), and that walk was a sixth of matching an article; here
 * each term is looked up once, in order, straight into a bit set.
 */
final class AnyTermQuery extends FieldLeafQuery {
  private final BytesRef[] terms;
  private final int hash;

  AnyTermQuery(String field, Collection<BytesRef> terms) {
    super(field);
    this.terms = terms.stream().sorted().distinct().toArray(BytesRef[]::new);
    this.hash = 31 * (31 * classHash() + field.hashCode()) + Arrays.hashCode(this.terms);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext ctx) throws IOException {
        Terms indexed = ctx.reader().terms(field);
        if (indexed == null) {
          return null;
        }
        TermsEnum te = indexed.iterator();
        FixedBitSet docs = null;
        PostingsEnum postings = null;
        for (BytesRef t : terms) {
          if (te.seekExact(t)) {
            postings = te.postings(postings, PostingsEnum.NONE);
            docs = docs == null ? new FixedBitSet(ctx.reader().maxDoc()) : docs;
            docs.or(postings);
          }
        }
        return docs == null ? null
            : new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(docs, docs.approximateCardinality()));
      }

      /** A set of one article's terms is rarely seen again: not worth a cache entry. */
      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }


  @Override
  public String toString(String f) {
    return field + ":any(" + terms.length + " terms)";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && field.equals(((AnyTermQuery) o).field) && Arrays.equals(terms, ((AnyTermQuery) o).terms);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
