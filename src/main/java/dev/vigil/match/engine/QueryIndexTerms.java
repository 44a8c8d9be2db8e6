package dev.vigil.match.engine;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The multipass presearcher's view of the Monitor's query index, read into memory once per segment:
 * for each article field and term, the query documents indexed under it in each pass (the
 * presearcher indexes pass {@code p} of field {@code f} as {@code f_p}). Each article asks for
 * several hundred terms; looking each one up in the index's terms dictionary, once per pass, cost a
 * quarter of everything the Monitor did per article before running a query. The query index only
 * changes when rules are registered, which makes new segments; entries are per segment core and
 * dropped when it closes.
 */
final class QueryIndexTerms {
  private final int passes;
  private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

  /** One segment's terms by field, and the queries indexed as matching any token. */
  private record Segment(Map<String, TermDocs> fields, int[] anyToken) {}

  QueryIndexTerms(int passes) {
    this.passes = passes;
  }

  /** Pass by pass, the documents of {@code reader} under each term of {@code field}. */
  TermDocs field(LeafReader reader, String field) throws IOException {
    Segment segment = segment(reader);
    if (segment == null) {
      return read(reader, field);
    }
    TermDocs terms = segment.fields().get(field);
    if (terms == null) {
      terms = read(reader, field);
      segment.fields().put(field, terms);
    }
    return terms;
  }

  /**
   * The documents of queries the presearcher could not index by term (its any-token term, in its
   * field without a pass suffix): candidates for every article.
   */
  int[] anyToken(LeafReader reader) throws IOException {
    Segment segment = segment(reader);
    return segment == null ? readAnyToken(reader) : segment.anyToken();
  }

  private Segment segment(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return null;
    }
    Segment segment = segments.get(helper.getKey());
    if (segment == null) {
      segment = new Segment(new ConcurrentHashMap<>(), readAnyToken(reader));
      if (segments.putIfAbsent(helper.getKey(), segment) == null) {
        helper.addClosedListener(segments::remove);
      }
    }
    return segment;
  }

  private static int[] readAnyToken(LeafReader reader) throws IOException {
    PostingsEnum postings =
        reader.postings(
            new Term(TermFilteredPresearcher.ANYTOKEN_FIELD, TermFilteredPresearcher.ANYTOKEN),
            PostingsEnum.NONE);
    return postings == null ? new int[0] : docs(postings, 0);
  }

  private static int[] docs(PostingsEnum postings, int expected) throws IOException {
    int[] docs = new int[expected];
    int n = 0;
    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
      docs = ArrayUtil.grow(docs, n + 1);
      docs[n++] = d;
    }
    return ArrayUtil.copyOfSubArray(docs, 0, n);
  }

  private TermDocs read(LeafReader reader, String field) throws IOException {
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
        out.computeIfAbsent(BytesRef.deepCopyOf(t), k -> new int[passes][])[pass] =
            docs(postings, te.docFreq());
      }
    }
    return TermDocs.of(out, passes);
  }
}
