package dev.vigil.match;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Where configured ({@code matching.german-umlauts}), on both sides: a word with ä, ö or ü also
 * gets, at its own position, the spelling with ae, oe and ue, the German transliteration. Folding
 * then makes "Müller" both {@code muller} and {@code mueller}, so it matches "Mueller" and
 * "Muller", and a query for "Mueller" finds "Müller". Runs before folding, which would drop the
 * diaeresis; ß needs nothing, since folding already makes it ss.
 */
final class UmlautFilter extends TokenFilter {
  /** The token type of the spelled-out variant, so that it can be told from a word of its own. */
  static final String VARIANT = "<UMLAUT_VARIANT>";
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final StringBuilder expanded = new StringBuilder();
  private State pending;

  UmlautFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      term.setEmpty().append(expanded);
      posInc.setPositionIncrement(0);
      type.setType(VARIANT);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (expand()) {
      pending = captureState();
    }
    return true;
  }

  /** The word with its umlauts spelled out, into {@link #expanded}; false when it has none. */
  private boolean expand() {
    expanded.setLength(0);
    boolean any = false;
    char[] b = term.buffer();
    int n = term.length();
    for (int i = 0; i < n; i++) {
      char c = b[i];
      char base = switch (c) {
        case 'ä' -> 'a';
        case 'ö' -> 'o';
        case 'ü' -> 'u';
        case 'Ä' -> 'A';
        case 'Ö' -> 'O';
        case 'Ü' -> 'U';
        default -> 0;
      };
      if (base == 0) {
        expanded.append(c);
        continue;
      }
      any = true;
      boolean capitals = Character.isUpperCase(c) && (n == 1 || i + 1 < n && Character.isUpperCase(b[i + 1])
          || i > 0 && Character.isUpperCase(b[i - 1]));
      expanded.append(base).append(capitals ? 'E' : 'e');
    }
    return any;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
