package dev.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The ASCII fast path folds exactly as Lucene's ICUFoldingFilter does. */
public class FoldingFilterTest {
  private static final String TEXT =
      "Hezbollah HEZBOLLAH hezbollah SA22 sa-22 Zürich MÜLLER Straße İstanbul ǅemal "
          + "ＳＡ２２ ﬁre Ⅻ ١٢٣ Пантсирь حزب_الله O'Brien x_y café CAFÉ Ωmega ǈ 123 A1b2C3 ÆSIR ß";

  @Test
  void foldsEveryTokenAsIcuFoldingDoes() throws IOException {
    List<String> ours = tokens(FoldingFilter::new);
    assertThat(ours).isEqualTo(tokens(ICUFoldingFilter::new));
    assertThat(ours).contains("hezbollah", "sa22", "zurich", "muller", "strasse", "a1b2c3");
  }

  private static List<String> tokens(Function<TokenStream, TokenStream> fold) throws IOException {
    Tokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader(TEXT));
    List<String> out = new ArrayList<>();
    try (TokenStream s = fold.apply(source)) {
      CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
      s.reset();
      while (s.incrementToken()) {
        out.add(term.toString());
      }
      s.end();
    }
    return out;
  }
}
