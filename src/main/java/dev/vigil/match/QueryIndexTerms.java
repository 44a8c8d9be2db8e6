package dev.vigil.match;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The multipass presearcher's view of the Monitor's query index, read into memory once per
 * segment: for each article field and term, the query documents indexed under it in each pass
 * (the presearcher indexes pass {@code p} of field {@code f} as {@code f_p}). Each article asks
 * for several hundred terms; looking each one up in the index's terms dictionary, once per pass,
 * cost a quarter of everything the Monitor did per article before running a query. The query
 * index only changes when rules are registered, which makes new segments; entries are per
 * segment core and dropped when it closes.
 */
final class QueryIndexTerms {
  private final int passes;
  private final Map<IndexReader.CacheKey, Map<String, Map<BytesRef, int[][]>>> segments = new ConcurrentHashMap<>();

  QueryIndexTerms(int passes) {
    this.passes = passes;
  }

  /** Pass by pass, the documents of {@code reader} under each term of {@code field}. */
  Map<BytesRef, int[][]> field(LeafReader reader, String field) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return read(reader, field);
    }
    Map<String, Map<BytesRef, int[][]>> segment = segments.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(segments::remove);
      return new ConcurrentHashMap<>();
    });
    Map<BytesRef, int[][]> terms = segment.get(field);
    if (terms == null) {
      terms = read(reader, field);
      segment.put(field, terms);
    }
    return terms;
  }

  private Map<BytesRef, int[][]> read(LeafReader reader, String field) throws IOException {
    Map<BytesRef, int[][]> out = new HashMap<>();
    PostingsEnum postings = null;
    for (int pass = 0; pass < passes; pass++) {
      Terms terms = reader.terms(field + "_" + pass);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        int[] docs = new int[te.docFreq()];
        int n = 0;
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          docs = ArrayUtil.grow(docs, n + 1);
          docs[n++] = d;
        }
        out.computeIfAbsent(BytesRef.deepCopyOf(t), k -> new int[passes][])[pass] = ArrayUtil.copyOfSubArray(docs, 0, n);
      }
    }
    return out;
  }
}
