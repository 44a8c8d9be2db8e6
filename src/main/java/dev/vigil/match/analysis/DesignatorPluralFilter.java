package dev.vigil.match.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Plurals of designators, applied on both sides: the "s" that the word splitter cuts off a number
 * ("SA-22s" gives {@code SA 22 s}) is dropped, and an all-capitals acronym loses its plural "s"
 * ("IEDs" = "IED"). Ordinary words are left alone: stemming them would make "Hamas" match "Hama".
 * Runs before case folding, since it needs to see the capitals.
 */
final class DesignatorPluralFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private int previousEnd = -1;
  private boolean previousDigits;
  private int carriedIncrement;

  DesignatorPluralFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      boolean numberPlural =
          term.length() == 1
              && term.charAt(0) == 's'
              && previousDigits
              && offset.startOffset() == previousEnd;
      if (numberPlural) {
        carriedIncrement = posInc.getPositionIncrement();
        continue;
      }
      if (carriedIncrement > 0 && posInc.getPositionIncrement() == 0) {
        posInc.setPositionIncrement(carriedIncrement); // it stood where the dropped "s" stood
      }
      carriedIncrement = 0;
      previousEnd = offset.endOffset();
      previousDigits = allDigits();
      if (isAcronymPlural()) {
        term.setLength(term.length() - 1);
      }
      return true;
    }
    return false;
  }

  private boolean allDigits() {
    for (int i = 0; i < term.length(); i++) {
      if (!Character.isDigit(term.charAt(i))) {
        return false;
      }
    }
    return term.length() > 0;
  }

  /** "IEDs", "UAVs": two or more capitals then one lower-case s. */
  private boolean isAcronymPlural() {
    int n = term.length();
    if (n < 3 || term.charAt(n - 1) != 's') {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if (!Character.isUpperCase(term.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previousEnd = -1;
    previousDigits = false;
    carriedIncrement = 0;
  }
}
