package dev.vigil.match.engine;

import java.io.IOException;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * What the multipass presearcher asks of the Monitor's query index for one article: the queries
 * that, in every pass, were indexed under one of the article's terms, and those indexed as matching
 * any token. It answers as MultipassTermFilteredPresearcher's query does (a conjunction over passes
 * of TermInSetQuery per field, or the any-token term), but reads the article's terms straight from
 * its index and looks each (field, term) up once for all passes, in {@link QueryIndexTerms} rather
 * than in the query index's terms dictionary.
 */
final class PassesQuery extends Query {
  private final LeafReader article;
  private final QueryIndexTerms index;
  private final int passes;

  PassesQuery(LeafReader article, QueryIndexTerms index, int passes) {
    this.article = article;
    this.index = index;
    this.passes = passes;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext ctx) throws IOException {
        FixedBitSet all = candidates(ctx.reader());
        return all.nextSetBit(0) == BitSetIterator.NO_MORE_DOCS
            ? null
            : new ConstantScoreScorer(
                this, score(), scoreMode, new BitSetIterator(all, all.approximateCardinality()));
      }

      /** A set of one article's terms is rarely seen again: not worth a cache entry. */
      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  /** The query documents of one segment of the query index that the article selects. */
  private FixedBitSet candidates(LeafReader queries) throws IOException {
    int maxDoc = queries.maxDoc();
    FixedBitSet[] byPass = new FixedBitSet[passes];
    for (int p = 0; p < passes; p++) {
      byPass[p] = new FixedBitSet(maxDoc);
    }
    for (FieldInfo field : article.getFieldInfos()) {
      Terms terms = article.terms(field.name);
      TermDocs indexed = terms == null ? TermDocs.EMPTY : index.field(queries, field.name);
      if (indexed.isEmpty()) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        indexed.addTo(t, byPass);
      }
    }
    for (int p = 1; p < passes; p++) {
      byPass[0].and(byPass[p]);
    }
    for (int doc : index.anyToken(queries)) {
      byPass[0].set(doc);
    }
    return byPass[0];
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "passes(" + passes + ", " + article.getFieldInfos().size() + " article fields)";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o)
        && article == ((PassesQuery) o).article
        && passes == ((PassesQuery) o).passes;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + System.identityHashCode(article)) + passes;
  }
}
