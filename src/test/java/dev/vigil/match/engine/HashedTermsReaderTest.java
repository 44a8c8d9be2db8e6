package dev.vigil.match.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.VigilAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Finding a term by hash answers exactly as MemoryIndex's own binary search does. */
public class HashedTermsReaderTest {
  private static final String TEXT =
      "Wagner Group fighters near Bakhmut; the SA-22 (Pantsir-S1) battery, "
          + "Zürich and Хезболла, Hezbollah's drones, U.S. officials said. ١٢٣ ＳＡ２２";

  @Test
  void findsEveryTermTheArticleHasAtItsOrdAndNoOther() throws IOException {
    LeafReader raw = reader();
    LeafReader hashed = new HashedTermsReader(raw);
    List<BytesRef> present = new ArrayList<>();
    TermsEnum all = raw.terms(ArticleDocument.CONTENT).iterator();
    for (BytesRef t = all.next(); t != null; t = all.next()) {
      present.add(BytesRef.deepCopyOf(t));
    }
    assertThat(present).hasSizeGreaterThan(20);
    for (int ord = 0; ord < present.size(); ord++) {
      TermsEnum te = hashed.terms(ArticleDocument.CONTENT).iterator();
      assertThat(te.seekExact(present.get(ord))).as(present.get(ord).utf8ToString()).isTrue();
      assertThat(te.ord()).isEqualTo(ord);
      assertThat(te.term()).isEqualTo(present.get(ord));
      PostingsEnum p = te.postings(null, PostingsEnum.OFFSETS);
      assertThat(p.nextDoc()).isZero();
      assertThat(p.freq()).isPositive();
    }
    for (String absent : List.of("wagne", "groups", "sa-22", "", "zurichh", "хезбол")) {
      assertThat(hashed.terms(ArticleDocument.CONTENT).iterator().seekExact(new BytesRef(absent)))
          .as(absent)
          .isFalse();
    }
  }

  @Test
  void readsATermOutOfTheMiddleOfALargerArray() throws IOException {
    byte[] bytes = "xxbakhmutyy".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    TermsEnum te = new HashedTermsReader(reader()).terms(ArticleDocument.CONTENT).iterator();
    assertThat(te.seekExact(new BytesRef(bytes, 2, 7))).isTrue();
    assertThat(te.term().utf8ToString()).isEqualTo("bakhmut");
  }

  @Test
  void aFieldTheArticleLacksHasNoTerms() throws IOException {
    assertThat(new HashedTermsReader(reader()).terms(ArticleDocument.AUTHOR)).isNull();
  }

  private static LeafReader reader() {
    MemoryIndex index = new MemoryIndex(true, true);
    index.addField(ArticleDocument.CONTENT, TEXT, VigilAnalyzer.forIndex());
    return (LeafReader) index.createSearcher().getIndexReader();
  }
}
