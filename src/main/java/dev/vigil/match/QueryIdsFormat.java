package dev.vigil.match;

import java.io.IOException;
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
import org.apache.lucene.index.FilterSortedDocValues;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * The doc values format of the Monitor's query index: Lucene's own on disk, with the values of
 * its sorted fields (each query's id and cache id) held in memory once read. For every candidate
 * query of every article the Monitor looks both ids up by ordinal; in Lucene's format that means
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
  static MonitorConfiguration monitorConfiguration() {
    DocValuesFormat format = new QueryIdsFormat();
    return new MonitorConfiguration() {
      @Override
      protected IndexWriterConfig getIndexWriterConfig() {
        return super.getIndexWriterConfig().setCodec(new Lucene99Codec() {
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
    return new InMemoryTerms(disk.fieldsProducer(state));
  }

  private static final class InMemoryTerms extends DocValuesProducer {
    private final DocValuesProducer in;
    private final Map<String, BytesRef[]> values = new ConcurrentHashMap<>();

    InMemoryTerms(DocValuesProducer in) {
      this.in = in;
    }

    @Override
    public SortedDocValues getSorted(FieldInfo field) throws IOException {
      BytesRef[] byOrd = values.get(field.name);
      if (byOrd == null) {
        byOrd = read(in.getSorted(field));
        values.put(field.name, byOrd);
      }
      BytesRef[] terms = byOrd;
      return new FilterSortedDocValues(in.getSorted(field)) {
        @Override
        public BytesRef lookupOrd(int ord) {
          return terms[ord];
        }
      };
    }

    /**
     * Every value, in ordinal order and in one array: the Monitor asks for candidates in document
     * order, which for ids in registration order is ordinal order, so it reads this array forwards.
     */
    private static BytesRef[] read(SortedDocValues all) throws IOException {
      BytesRefBuilder bytes = new BytesRefBuilder();
      int[] ends = new int[all.getValueCount()];
      for (int ord = 0; ord < ends.length; ord++) {
        bytes.append(all.lookupOrd(ord));
        ends[ord] = bytes.length();
      }
      byte[] shared = bytes.toBytesRef().bytes;
      BytesRef[] byOrd = new BytesRef[ends.length];
      for (int ord = 0; ord < ends.length; ord++) {
        int start = ord == 0 ? 0 : ends[ord - 1];
        byOrd[ord] = new BytesRef(shared, start, ends[ord] - start);
      }
      return byOrd;
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
