package dev.vigil.match.analysis;

import dev.vigil.match.query.QueryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.util.BytesRef;

/** Turns query text into Lucene interval sources through the query analyzer. */
public final class TextSources {
  /** Enough for any prefix within one article; past it Lucene throws rather than truncating. */
  private static final int MAX_PREFIX_EXPANSIONS = 1024;

  private final Analyzer analyzer;

  public TextSources(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * A word or phrase; with {@code slop} >= 0 its words may come in any order with at most slop
   * other words between them. Null when the text has nothing to search for (only punctuation).
   */
  public IntervalsSource text(String field, String text, int slop) {
    if (parts(field, text).isEmpty()) {
      return null;
    }
    try {
      return slop < 0
          ? Intervals.analyzedText(text, analyzer, field, 0, true)
          : Intervals.analyzedText(text, analyzer, field, slop, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code sa-2*}: the words before the last one as a phrase, then any word starting so. */
  public IntervalsSource prefix(String field, String text) throws QueryException {
    List<String> parts = parts(field, text);
    int chars = parts.stream().mapToInt(String::length).sum();
    if (chars < 3) {
      throw new QueryException(0, "a wildcard needs at least 3 letters or digits before the *");
    }
    List<IntervalsSource> seq = new ArrayList<>();
    for (int i = 0; i < parts.size() - 1; i++) {
      seq.add(Intervals.term(parts.get(i)));
    }
    seq.add(Intervals.prefix(new BytesRef(parts.get(parts.size() - 1)), MAX_PREFIX_EXPANSIONS));
    return seq.size() == 1 ? seq.get(0) : Intervals.phrase(seq.toArray(IntervalsSource[]::new));
  }

  /**
   * The analysed words of the text, without the joined forms the word splitter adds, or spelled-out
   * umlauts.
   */
  List<String> parts(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (len.getPositionLength() == 1
            && term.length() > 0
            && !UmlautFilter.VARIANT.equals(type.type())) {
          out.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
