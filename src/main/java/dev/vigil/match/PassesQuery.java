package dev.vigil.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
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
 * that, in every pass, were indexed under one of the article's terms. It answers the same as
 * MultipassTermFilteredPresearcher's conjunction over passes of TermInSetQuery per field, but
 * looks each (field, term) up once for all passes, in {@link QueryIndexTerms} rather than in the
 * index's terms dictionary.
 */
final class PassesQuery extends Query {
  private final Map<String, List<BytesRef>> terms;
  private final QueryIndexTerms index;
  private final int passes;

  PassesQuery(Map<String, List<BytesRef>> terms, QueryIndexTerms index, int passes) {
    this.terms = terms;
    this.index = index;
    this.passes = passes;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext ctx) throws IOException {
        int maxDoc = ctx.reader().maxDoc();
        FixedBitSet[] byPass = new FixedBitSet[passes];
        for (int p = 0; p < passes; p++) {
          byPass[p] = new FixedBitSet(maxDoc);
        }
        for (Map.Entry<String, List<BytesRef>> e : terms.entrySet()) {
          Map<BytesRef, int[][]> field = index.field(ctx.reader(), e.getKey());
          for (BytesRef t : e.getValue()) {
            int[][] docs = field.get(t);
            for (int p = 0; docs != null && p < passes; p++) {
              for (int i = 0; docs[p] != null && i < docs[p].length; i++) {
                byPass[p].set(docs[p][i]);
              }
            }
          }
        }
        for (int p = 1; p < passes; p++) {
          byPass[0].and(byPass[p]);
        }
        FixedBitSet all = byPass[0];
        return all.nextSetBit(0) == BitSetIterator.NO_MORE_DOCS ? null
            : new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(all, all.approximateCardinality()));
      }

      /** A set of one article's terms is rarely seen again: not worth a cache entry. */
      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "passes(" + passes + ", " + terms.values().stream().mapToInt(List::size).sum() + " terms)";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && terms.equals(((PassesQuery) o).terms) && passes == ((PassesQuery) o).passes;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + terms.hashCode()) + Arrays.hashCode(new int[] {passes});
  }
}
