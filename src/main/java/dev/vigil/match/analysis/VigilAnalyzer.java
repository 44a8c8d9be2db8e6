package dev.vigil.match.analysis;

import com.ibm.icu.text.Normalizer2;
import dev.vigil.config.MatchSettings;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;

/**
 * The one text normalisation used on both sides, articles and queries.
 *
 * <ul>
 *   <li>NFKC first (full-width "ＳＡ－２２" is "SA-22"); then, in each word, typographic apostrophes
 *       become ' so possessives are recognised ("Hezbollah’s" = "Hezbollah", see {@link
 *       ApostropheFilter}).
 *   <li>Words split at spaces, then at punctuation and at letter/digit boundaries, so "SA-22", "SA
 *       22" and "SA22" are all the two tokens {@code sa 22}, while "SA-220" is {@code sa 220}.
 *       Letter runs joined by punctuation are also indexed joined ("al-Qaeda" adds {@code alqaeda},
 *       "U.S." adds {@code us}).
 *   <li>Plurals of designators: "SA-22s" = "SA-22", "IEDs" = "IED" (see {@link
 *       DesignatorPluralFilter}); in articles, demonym plurals also index their singular ("Houthis"
 *       adds "houthi", see {@link NamePluralFilter}); other words are not stemmed, because "Hamas"
 *       must not match "Hama".
 *   <li>ICU folding: case, diacritics ("Zürich" = "Zurich") and width, for every script, so an
 *       Arabic or Cyrillic alias matches Arabic or Cyrillic text.
 * </ul>
 *
 * <p>The {@code *_cs} fields keep case (for {@code case:US}); {@code lang} and {@code domain} are
 * single lower-cased keywords. The query side keeps the token graph, so a query for "al-Qaeda"
 * matches both "al Qaeda" and "alqaeda". The index side needs no FlattenGraphFilter: the only graph
 * here is the word splitter's joined token, which spans exactly its parts, and the index keeps
 * positions only (no position lengths); flattening cost a tenth of indexing an article and changed
 * no match.
 */
public final class VigilAnalyzer extends Analyzer {
  static final int FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS
          | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
          | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
          | WordDelimiterGraphFilter.CATENATE_WORDS
          | WordDelimiterGraphFilter.CATENATE_NUMBERS
          | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

  private final boolean index;
  private final boolean umlauts;

  private VigilAnalyzer(boolean index, MatchSettings settings) {
    super(
        PER_FIELD_REUSE_STRATEGY); // the chain differs by field; the default would reuse the first
    this.index = index;
    this.umlauts = settings.germanUmlauts();
  }

  /** For the Monitor's documents: adds the demonym singulars (see {@link NamePluralFilter}). */
  public static VigilAnalyzer forIndex() {
    return forIndex(MatchSettings.DEFAULT);
  }

  public static VigilAnalyzer forIndex(MatchSettings settings) {
    return new VigilAnalyzer(true, settings);
  }

  /** For building queries: the token graph is kept. */
  public static VigilAnalyzer forQuery() {
    return forQuery(MatchSettings.DEFAULT);
  }

  public static VigilAnalyzer forQuery(MatchSettings settings) {
    return new VigilAnalyzer(false, settings);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return ArticleDocument.isKeyword(fieldName) ? reader : charFilters(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return initReader(fieldName, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    if (ArticleDocument.isKeyword(fieldName)) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }
    Tokenizer source = new WhitespaceTokenizer();
    TokenStream s =
        new WordDelimiterGraphFilter(
            new ApostropheFilter(source),
            true,
            WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
            FLAGS,
            null);
    s = new DesignatorPluralFilter(s);
    if (index) {
      s = new NamePluralFilter(s);
    }
    if (umlauts) {
      s = new UmlautFilter(s);
    }
    s = fold(fieldName, s);
    return new TokenStreamComponents(source, s);
  }

  /** Used for wildcard prefixes, which are not tokenised. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return ArticleDocument.isKeyword(fieldName)
        ? new LowerCaseFilter(in)
        : fold(fieldName, new ApostropheFilter(in));
  }

  /** Keep separate values of a multi-valued field (tags, authors) from forming one phrase. */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }

  private static TokenStream fold(String fieldName, TokenStream s) {
    return ArticleDocument.isCaseSensitive(fieldName)
        ? new ASCIIFoldingFilter(s)
        : new FoldingFilter(s);
  }

  private static Reader charFilters(Reader reader) {
    return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCInstance());
  }
}
