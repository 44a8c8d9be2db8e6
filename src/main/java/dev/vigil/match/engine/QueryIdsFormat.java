package dev.vigil.match.engine;

import dev.vigil.match.RuleSet;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.codecs.DocValuesConsumer;
import org.apache.lucene.codecs.DocValuesFormat;
import org.apache.lucene.codecs.DocValuesProducer;
import org.apache.lucene.codecs.lucene90.Lucene90DocValuesFormat;
import org.apache.lucene.codecs.lucene99.Lucene99Codec;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * The doc values format of the Monitor's query index: Lucene's own on disk, with the values of its
 * sorted fields (each query's id and cache id) held in memory once read. For every candidate query
 * of every article the Monitor looks both ids up by ordinal; in Lucene's format that means
 * decompressing a block of the terms dictionary each time, which was about a tenth of matching an
 * article. Registered for Lucene's SPI in META-INF/services, so a segment written with it can be
 * read back.
 */
public final class QueryIdsFormat extends DocValuesFormat {
  static final String NAME = "VigilQueryIds";
  private final DocValuesFormat disk = new Lucene90DocValuesFormat();

  public QueryIdsFormat() {
    super(NAME);
  }

  /**
   * The Monitor's configuration: this format for its query index, and no purge of its query cache,
   * which only matters when queries are replaced (a {@link RuleSet} is compiled whole, never
   * updated).
   */
  public static MonitorConfiguration monitorConfiguration() {
    DocValuesFormat format = new QueryIdsFormat();
    return new MonitorConfiguration() {
      @Override
      protected IndexWriterConfig getIndexWriterConfig() {
        return super.getIndexWriterConfig()
            .setCodec(
                new Lucene99Codec() {
                  @Override
                  public DocValuesFormat getDocValuesFormatForField(String field) {
                    return format;
                  }
                });
      }
    }.setPurgeFrequency(1, TimeUnit.DAYS);
  }

  @Override
  public DocValuesConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
    return disk.fieldsConsumer(state);
  }

  @Override
  public DocValuesProducer fieldsProducer(SegmentReadState state) throws IOException {
    return new InMemoryTerms(disk.fieldsProducer(state), state.segmentInfo.maxDoc());
  }

  private static final class InMemoryTerms extends DocValuesProducer {
    private final DocValuesProducer in;
    private final int maxDoc;
    private final Map<String, Column> sorted = new ConcurrentHashMap<>();

    InMemoryTerms(DocValuesProducer in, int maxDoc) {
      this.in = in;
      this.maxDoc = maxDoc;
    }

    /**
     * A sorted field in memory: each document's ordinal (-1: none), and the values in ordinal order
     * in one array, value {@code o} ending at {@code ends[o]}.
     */
    private record Column(int[] ords, byte[] bytes, int[] ends) {}

    /**
     * Served from memory: asked for twice per article (once per id field), Lucene's reader set up
     * its compressed blocks each time, which cost more than looking up the ids of a few candidates.
     */
    @Override
    public SortedDocValues getSorted(FieldInfo field) throws IOException {
      Column c = sorted.get(field.name);
      if (c == null) {
        c = read(in.getSorted(field), maxDoc);
        sorted.put(field.name, c);
      }
      int[] ords = c.ords();
      int[] ends = c.ends();
      BytesRef value = new BytesRef(c.bytes()); // lookupOrd may reuse the value it returns
      return new SortedDocValues() {
        private int doc = -1;

        @Override
        public int ordValue() {
          return ords[doc];
        }

        @Override
        public BytesRef lookupOrd(int ord) {
          value.offset = ord == 0 ? 0 : ends[ord - 1];
          value.length = ends[ord] - value.offset;
          return value;
        }

        @Override
        public int getValueCount() {
          return ends.length;
        }

        @Override
        public boolean advanceExact(int target) {
          doc = target;
          return ords[target] >= 0;
        }

        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() {
          return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
          for (doc = target; doc < ords.length; doc++) {
            if (ords[doc] >= 0) {
              return doc;
            }
          }
          return doc = NO_MORE_DOCS;
        }

        @Override
        public long cost() {
          return ords.length;
        }
      };
    }

    /**
     * Every value, in ordinal order and in one array: the Monitor asks for candidates in document
     * order, which for ids in registration order is ordinal order, so it reads this array forwards.
     */
    private static Column read(SortedDocValues values, int maxDoc) throws IOException {
      BytesRefBuilder bytes = new BytesRefBuilder();
      int[] ends = new int[values.getValueCount()];
      for (int ord = 0; ord < ends.length; ord++) {
        bytes.append(values.lookupOrd(ord));
        ends[ord] = bytes.length();
      }
      int[] ords = new int[maxDoc];
      Arrays.fill(ords, -1);
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        ords[doc] = values.ordValue();
      }
      return new Column(ords, bytes.toBytesRef().bytes, ends);
    }

    @Override
    public NumericDocValues getNumeric(FieldInfo field) throws IOException {
      return in.getNumeric(field);
    }

    @Override
    public BinaryDocValues getBinary(FieldInfo field) throws IOException {
      return in.getBinary(field);
    }

    @Override
    public SortedNumericDocValues getSortedNumeric(FieldInfo field) throws IOException {
      return in.getSortedNumeric(field);
    }

    @Override
    public SortedSetDocValues getSortedSet(FieldInfo field) throws IOException {
      return in.getSortedSet(field);
    }

    @Override
    public void checkIntegrity() throws IOException {
      in.checkIntegrity();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
