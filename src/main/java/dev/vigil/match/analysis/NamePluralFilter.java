package dev.vigil.match.analysis;

import org.apache.lucene.analysis.TokenStream;

/**
 * Index side only: a capitalised word ending in "-is" or "-ns" also gets its singular at the same
 * position, so "Houthi" finds "Houthis", "Israeli" finds "Israelis", "Russian" finds "Russians".
 * Only those endings, the demonym plurals: a general s-stripper would make "Hama" find "Hamas".
 * Nothing is added on the query side, so a plural in a query stays specific.
 */
final class NamePluralFilter extends VariantFilter {
  NamePluralFilter(TokenStream in) {
    super(in);
  }

  @Override
  protected boolean variant(StringBuilder out) {
    int n = term.length();
    boolean plural =
        n >= 5
            && Character.isUpperCase(term.charAt(0))
            && Character.isLowerCase(term.charAt(1))
            && term.charAt(n - 1) == 's'
            && (term.charAt(n - 2) == 'i' || term.charAt(n - 2) == 'n');
    if (plural) {
      out.append(term, 0, n - 1);
    }
    return plural;
  }
}
