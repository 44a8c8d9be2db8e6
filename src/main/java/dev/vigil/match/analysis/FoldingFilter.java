package dev.vigil.match.analysis;

import com.ibm.icu.text.Normalizer;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's ICUFoldingFilter (NFKC, case, diacritics and width folded, in every script), with a fast
 * path: a token of ASCII letters and digits folds to its lower case and nothing else, which is done
 * here without asking ICU. Most tokens of English news are such tokens, and ICU's check of each one
 * was the largest single cost of analysing an article.
 */
final class FoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final StringBuilder folded = new StringBuilder();

  FoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!lowerCaseAsciiAlphanumeric()
        && ICUFoldingFilter.NORMALIZER.quickCheck(term) != Normalizer.YES) {
      folded.setLength(0);
      ICUFoldingFilter.NORMALIZER.normalize(term, folded);
      term.setEmpty().append(folded);
    }
    return true;
  }

  /** Lower-cases the term if it is only ASCII letters and digits; false (unchanged) otherwise. */
  private boolean lowerCaseAsciiAlphanumeric() {
    char[] b = term.buffer();
    int n = term.length();
    for (int i = 0; i < n; i++) {
      char c = b[i];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    for (int i = 0; i < n; i++) {
      if (b[i] >= 'A' && b[i] <= 'Z') {
        b[i] += 'a' - 'A';
      }
    }
    return true;
  }
}
