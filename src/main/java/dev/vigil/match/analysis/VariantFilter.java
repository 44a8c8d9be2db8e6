package dev.vigil.match.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A filter that may follow a word with one other form of it at the same position, as a synonym: a
 * query for either form then finds the word. The variant keeps the word's offsets, so a match on it
 * highlights the word as written.
 */
abstract class VariantFilter extends TokenFilter {
  protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final StringBuilder variant = new StringBuilder();
  private State pending;

  VariantFilter(TokenStream in) {
    super(in);
  }

  /** Writes the other form of the current word to {@code out}; false when it has none. */
  protected abstract boolean variant(StringBuilder out);

  /** Called on the variant once it is the current token, to mark it. */
  protected void onVariant() {}

  @Override
  public final boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      term.setEmpty().append(variant);
      posInc.setPositionIncrement(0);
      onVariant();
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    variant.setLength(0);
    if (variant(variant)) {
      pending = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
