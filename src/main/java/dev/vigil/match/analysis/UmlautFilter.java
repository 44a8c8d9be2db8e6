package dev.vigil.match.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Where configured ({@code matching.german-umlauts}), on both sides: a word with ä, ö or ü also
 * gets, at its own position, the spelling with ae, oe and ue, the German transliteration. Folding
 * then makes "Müller" both {@code muller} and {@code mueller}, so it matches "Mueller" and
 * "Muller", and a query for "Mueller" finds "Müller". Runs before folding, which would drop the
 * diaeresis; ß needs nothing, since folding already makes it ss.
 */
final class UmlautFilter extends VariantFilter {
  /** The token type of the spelled-out variant, so that it can be told from a word of its own. */
  static final String VARIANT = "<UMLAUT_VARIANT>";

  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  UmlautFilter(TokenStream in) {
    super(in);
  }

  /** The word with its umlauts spelled out; false when it has none. */
  @Override
  protected boolean variant(StringBuilder out) {
    boolean any = false;
    char[] b = term.buffer();
    int n = term.length();
    for (int i = 0; i < n; i++) {
      char c = b[i];
      char base =
          switch (c) {
            case 'ä' -> 'a';
            case 'ö' -> 'o';
            case 'ü' -> 'u';
            case 'Ä' -> 'A';
            case 'Ö' -> 'O';
            case 'Ü' -> 'U';
            default -> 0;
          };
      if (base == 0) {
        out.append(c);
        continue;
      }
      any = true;
      boolean capitals =
          Character.isUpperCase(c)
              && (n == 1
                  || i + 1 < n && Character.isUpperCase(b[i + 1])
                  || i > 0 && Character.isUpperCase(b[i - 1]));
      out.append(base).append(capitals ? 'E' : 'e');
    }
    return any;
  }

  @Override
  protected void onVariant() {
    type.setType(VARIANT);
  }
}
