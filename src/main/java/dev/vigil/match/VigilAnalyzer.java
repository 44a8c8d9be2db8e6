package dev.vigil.match;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one text normalisation used on both sides, articles and queries: Unicode word breaks,
 * possessives removed ("Hezbollah's" = "Hezbollah"), lower case, diacritics folded
 * ("Zürich" = "Zurich"). Hyphens split words, so "SA-22" is the phrase "sa 22".
 */
public final class VigilAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream s = new EnglishPossessiveFilter(source);
    s = new LowerCaseFilter(s);
    s = new ASCIIFoldingFilter(s);
    return new TokenStreamComponents(source, s);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
