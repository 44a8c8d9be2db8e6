package dev.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

public class VigilAnalyzerTest {
  private final Analyzer index = VigilAnalyzer.forIndex();

  /** Tokens as "term@position". */
  static List<String> tokens(Analyzer a, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos);
      }
      ts.end();
    }
    return out;
  }

  private List<String> content(String text) throws IOException {
    return tokens(index, ArticleDocument.CONTENT, text);
  }

  @Test
  void hyphenSpaceAndJoinedDesignatorsAreTheSameTokens() throws IOException {
    assertThat(content("SA-22")).containsExactly("sa@0", "22@1");
    assertThat(content("SA 22")).containsExactly("sa@0", "22@1");
    assertThat(content("SA22")).containsExactly("sa@0", "22@1");
    assertThat(content("ＳＡ－２２")).containsExactly("sa@0", "22@1");
    assertThat(content("SA‑22")).containsExactly("sa@0", "22@1"); // non-breaking hyphen
  }

  @Test
  void aLongerNumberIsADifferentToken() throws IOException {
    assertThat(content("SA-220")).containsExactly("sa@0", "220@1");
  }

  @Test
  void designatorPluralsLoseTheirS() throws IOException {
    assertThat(content("SA-22s were seen")).containsExactly("sa@0", "22@1", "were@2", "seen@3");
    assertThat(content("IEDs")).containsExactly("ied@0");
    assertThat(content("Hamas")).containsExactly("hamas@0");
  }

  @Test
  void demonymPluralsAlsoIndexTheirSingularButQueriesDoNot() throws IOException {
    assertThat(content("Houthis Russians Hamas Paris"))
        .containsExactly(
            "houthis@0", "houthi@0", "russians@1", "russian@1", "hamas@2", "paris@3", "pari@3");
    assertThat(tokens(VigilAnalyzer.forQuery(), ArticleDocument.CONTENT, "Houthis"))
        .containsExactly("houthis@0");
  }

  @Test
  void possessivesAndTypographicApostrophes() throws IOException {
    assertThat(content("Hezbollah's")).containsExactly("hezbollah@0");
    assertThat(content("Hezbollah’s fighters")).containsExactly("hezbollah@0", "fighters@1");
    for (String apostrophe : List.of("‘", "‛", "ʼ", "′", "`")) {
      assertThat(content("Hezbollah" + apostrophe + "s fighters"))
          .as(apostrophe)
          .containsExactly("hezbollah@0", "fighters@1");
    }
  }

  @Test
  void offsetsPointAtTheOriginalTextWhateverTheApostrophe() throws IOException {
    String text = "Le ＳＡ－２２ d’Hezbollah’s “Pantsir”";
    List<String> spans = new ArrayList<>();
    try (TokenStream ts = index.tokenStream(ArticleDocument.CONTENT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        spans.add(term + "=" + text.substring(offsets.startOffset(), offsets.endOffset()));
      }
      ts.end();
    }
    assertThat(spans)
        .containsExactlyInAnyOrder(
            "le=Le",
            "sa=ＳＡ",
            "22=２２",
            "d=d",
            "hezbollah=Hezbollah",
            "dhezbollah=d’Hezbollah",
            "pantsir=Pantsir");
  }

  @Test
  void diacriticsAndCaseAreFolded() throws IOException {
    assertThat(content("Zürich ÉCOLE")).containsExactly("zurich@0", "ecole@1");
    assertThat(content("Straße")).containsExactly("strasse@0");
  }

  @Test
  void punctuationJoinedWordsAlsoIndexJoined() throws IOException {
    assertThat(content("al-Qaeda")).contains("al@0", "qaeda@1", "alqaeda@0");
    assertThat(content("U.S. Army")).contains("u@0", "s@1", "us@0", "army@2");
  }

  @Test
  void otherScriptsAreKept() throws IOException {
    assertThat(content("ЧВК «Вагнер»")).containsExactly("чвк@0", "вагнер@1");
    assertThat(content("حزب الله")).containsExactly("حزب@0", "الله@1");
    assertThat(content("Вагнер, Wagner")).containsExactly("вагнер@0", "wagner@1");
  }

  @Test
  void arabicMarksDoNotSplitWords() throws IOException {
    assertThat(content("حِزْبُ")).hasSize(1);
  }

  @Test
  void theCaseFieldKeepsCase() throws IOException {
    assertThat(tokens(index, ArticleDocument.CONTENT_CS, "US us Zürich"))
        .containsExactly("US@0", "us@1", "Zurich@2");
  }

  @Test
  void keywordFieldsAreOneLowerCaseToken() throws IOException {
    assertThat(tokens(index, ArticleDocument.DOMAIN, "BBC.co.uk")).containsExactly("bbc.co.uk@0");
  }
}
