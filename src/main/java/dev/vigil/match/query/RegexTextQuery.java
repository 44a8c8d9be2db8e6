package dev.vigil.match.query;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * {@code re:/pattern/}: an RE2 expression run over the raw article text (title, summary, body). RE2
 * runs in time linear in the text, so no pattern can hang the filter. It is a two-phase check, so
 * inside a conjunction it runs only on articles the other clauses already accept; it has no terms,
 * so the presearcher cannot select on it (hence the rule that it be ANDed with a word).
 */
public final class RegexTextQuery extends FieldLeafQuery {
  private final Pattern pattern;

  RegexTextQuery(String field, Pattern pattern) {
    super(field);
    this.pattern = pattern;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext ctx) throws IOException {
        BinaryDocValues dv = DocValues.getBinary(ctx.reader(), field);
        TwoPhaseIterator tpi =
            new TwoPhaseIterator(dv) {
              @Override
              public boolean matches() throws IOException {
                return pattern.matcher(dv.binaryValue().utf8ToString()).find();
              }

              @Override
              public float matchCost() {
                return 1000f;
              }
            };
        return new ConstantScoreScorer(this, score(), scoreMode, tpi);
      }

      @Override
      public Matches matches(LeafReaderContext ctx, int doc) throws IOException {
        BinaryDocValues dv = DocValues.getBinary(ctx.reader(), field);
        if (!dv.advanceExact(doc)) {
          return null;
        }
        Matcher m = pattern.matcher(dv.binaryValue().utf8ToString());
        return m.find() ? MatchesUtils.forField(field, () -> iterator(m)) : null;
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, field);
      }
    };
  }

  /** Regex hits have no token positions; offsets stand in for them so each hit stays distinct. */
  private MatchesIterator iterator(Matcher m) {
    return new MatchesIterator() {
      private boolean first = true;

      @Override
      public boolean next() {
        if (first) {
          first = false;
          return true;
        }
        return m.find();
      }

      @Override
      public int startPosition() {
        return m.start();
      }

      @Override
      public int endPosition() {
        return m.end();
      }

      @Override
      public int startOffset() {
        return m.start();
      }

      @Override
      public int endOffset() {
        return m.end();
      }

      @Override
      public MatchesIterator getSubMatches() {
        return null;
      }

      @Override
      public Query getQuery() {
        return RegexTextQuery.this;
      }
    };
  }

  @Override
  public String toString(String f) {
    return "re:/" + pattern.pattern() + "/";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o)
        && field.equals(((RegexTextQuery) o).field)
        && pattern.pattern().equals(((RegexTextQuery) o).pattern.pattern());
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + pattern.pattern().hashCode();
  }
}
