package dev.vigil.match.engine;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * One article's index as the candidate queries read it: the Monitor's MemoryIndex, with each
 * field's terms found by hash. MemoryIndex finds a term by binary search over its sorted terms,
 * fetching each compared term from its byte pool; every candidate query looks up each term it
 * names, and at 10,000 rules an article is asked for thousands of terms, most of them absent, so
 * those searches were a quarter of the time spent running candidates. A field's table is built on
 * its first lookup, in one pass over its terms, and holds their ords; a hit is confirmed by
 * positioning the enum on the ord and comparing the bytes.
 */
final class HashedTermsReader extends FilterLeafReader {
  private final Map<String, Terms> fields = new HashMap<>(4);

  HashedTermsReader(LeafReader in) {
    super(in);
  }

  @Override
  public Terms terms(String field) throws IOException {
    Terms t = fields.get(field);
    if (t == null && !fields.containsKey(field)) {
      Terms raw = in.terms(field);
      t = raw == null ? null : new HashedTerms(raw);
      fields.put(field, t);
    }
    return t;
  }

  @Override
  public CacheHelper getCoreCacheHelper() {
    return null; // one article's reader, never cached
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  /** A field's terms, with {@link TermsEnum#seekExact(BytesRef)} answered from {@link OrdTable}. */
  private static final class HashedTerms extends FilterTerms {
    private OrdTable table;

    HashedTerms(Terms in) {
      super(in);
    }

    @Override
    public TermsEnum iterator() throws IOException {
      OrdTable ords = table();
      return new FilterTermsEnum(in.iterator()) {
        @Override
        public boolean seekExact(BytesRef text) throws IOException {
          return ords.seek(in, text);
        }
      };
    }

    private OrdTable table() throws IOException {
      if (table == null) {
        table = OrdTable.of(in);
      }
      return table;
    }
  }

  /** A field's terms' ords by hash. */
  static final class OrdTable {
    private final HashSlots slots;

    private OrdTable(HashSlots slots) {
      this.slots = slots;
    }

    static OrdTable of(Terms terms) throws IOException {
      long size = terms.size();
      if (size < 0) { // not known without counting (MemoryIndex knows it)
        TermsEnum count = terms.iterator();
        for (size = 0; count.next() != null; size++) {}
      }
      HashSlots slots = new HashSlots(Math.toIntExact(size));
      TermsEnum te = terms.iterator();
      int ord = 0;
      for (BytesRef term = te.next(); term != null; term = te.next(), ord++) {
        slots.put(HashSlots.hash(term), ord);
      }
      return new OrdTable(slots);
    }

    /** Positions {@code te} (an enum of the same terms) on {@code text} if the field has it. */
    boolean seek(TermsEnum te, BytesRef text) throws IOException {
      int h = HashSlots.hash(text);
      for (int slot = slots.first(h); slot >= 0; slot = slots.next(slot, h)) {
        te.seekExact(slots.value(slot));
        if (te.term().bytesEquals(text)) {
          return true;
        }
      }
      return false;
    }
  }
}
