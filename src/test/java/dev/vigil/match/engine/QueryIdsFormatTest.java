package dev.vigil.match.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.match.RuleSet;
import java.io.IOException;
import org.apache.lucene.codecs.lucene99.Lucene99Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The in-memory sorted doc values answer as Lucene's own format does, documents without a value
 * included.
 */
public class QueryIdsFormatTest {
  @Test
  void sortedValuesReadFromMemoryAsWritten() throws IOException {
    QueryIdsFormat format = new QueryIdsFormat();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config =
          new IndexWriterConfig()
              .setCodec(
                  new Lucene99Codec() {
                    @Override
                    public org.apache.lucene.codecs.DocValuesFormat getDocValuesFormatForField(
                        String field) {
                      return format;
                    }
                  });
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (int i = 0; i < 50; i++) {
          Document d = new Document();
          d.add(new StringField("n", Integer.toString(i), Field.Store.NO));
          if (i % 7 != 3 && i != 49) { // some documents, the last one among them, have no id
            d.add(new SortedDocValuesField("id", new BytesRef(RuleSet.monitorId(i % 20))));
          }
          w.addDocument(d);
        }
        w.forceMerge(1);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        LeafReader leaf = r.leaves().get(0).reader();
        SortedDocValues byDoc = leaf.getSortedDocValues("id");
        assertThat(byDoc.getValueCount()).isEqualTo(20);
        for (int ord = 0; ord < 20; ord++) {
          assertThat(byDoc.lookupOrd(ord).utf8ToString()).isEqualTo(RuleSet.monitorId(ord));
        }
        int seen = 0;
        for (int doc = byDoc.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = byDoc.nextDoc()) {
          assertThat(doc % 7).isNotEqualTo(3);
          assertThat(byDoc.lookupOrd(byDoc.ordValue()).utf8ToString())
              .isEqualTo(RuleSet.monitorId(doc % 20));
          seen++;
        }
        assertThat(seen).isEqualTo(50 - 7 - 1);
        SortedDocValues exact = leaf.getSortedDocValues("id");
        assertThat(exact.advanceExact(3)).isFalse();
        assertThat(exact.advanceExact(49)).isFalse();
        assertThat(exact.advanceExact(21)).isTrue();
        assertThat(exact.ordValue()).isEqualTo(1);
        assertThat(leaf.getSortedDocValues("id").advance(45)).isEqualTo(46);
      }
    }
  }
}
