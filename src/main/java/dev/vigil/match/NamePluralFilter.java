package dev.vigil.match;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index side only: a capitalised word ending in "-is" or "-ns" also gets its singular at the same
 * position, so "Houthi" finds "Houthis", "Israeli" finds "Israelis", "Russian" finds "Russians".
 * Only those endings, the demonym plurals: a general s-stripper would make "Hama" find "Hamas".
 * Nothing is added on the query side, so a plural in a query stays specific.
 */
final class NamePluralFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private State pending;

  NamePluralFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      term.setLength(term.length() - 1);
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (isNamePlural()) {
      pending = captureState();
    }
    return true;
  }

  private boolean isNamePlural() {
    int n = term.length();
    return n >= 5 && Character.isUpperCase(term.charAt(0)) && Character.isLowerCase(term.charAt(1))
        && term.charAt(n - 1) == 's' && (term.charAt(n - 2) == 'i' || term.charAt(n - 2) == 'n');
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
