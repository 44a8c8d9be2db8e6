package dev.vigil.match.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.VigilAnalyzer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MonitorQuerySerializer;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * One test per detail of Lucene that the tuned engine relies on and Lucene does not promise. After
 * a Lucene upgrade, a failure here names the assumption that broke; {@code matching.engine: stock}
 * runs without any of them while the tuned engine is adapted.
 */
class LuceneAssumptionsTest {
  private static final String CONTENT = ArticleDocument.CONTENT;

  /** {@link QueryIndexTerms} reads pass {@code p} of field {@code f} from the field {@code f_p}. */
  @Test
  void presearcherIndexesPassNOfAFieldAsFieldUnderscoreN() {
    Document d =
        new MultipassTermFilteredPresearcher(
                Presearchers.PASSES, 0f, Presearchers.WEIGHTOR, List.of(), Set.of())
            .indexQuery(and(word("wagner"), word("mali")), Map.of());

    assertThat(names(d)).contains(CONTENT + "_0", CONTENT + "_1");
  }

  /**
   * {@link QueryIndexTerms} finds the queries that every article is a candidate for under the
   * presearcher's any-token term, in its own field without a pass suffix.
   */
  @Test
  void presearcherIndexesUnindexableQueriesUnderTheAnyTokenTerm() throws IOException {
    Document d =
        new MultipassTermFilteredPresearcher(
                Presearchers.PASSES, 0f, Presearchers.WEIGHTOR, List.of(), Set.of())
            .indexQuery(new MatchAllDocsQuery(), Map.of());

    List<String> anyToken = new ArrayList<>();
    for (IndexableField f : d.getFields(TermFilteredPresearcher.ANYTOKEN_FIELD)) {
      try (TokenStream ts = f.tokenStream(new KeywordAnalyzer(), null)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          anyToken.add(term.toString());
        }
        ts.end();
      }
    }
    assertThat(anyToken).contains(TermFilteredPresearcher.ANYTOKEN);
  }

  /**
   * {@link QueryIdsFormat} keeps sorted doc values in memory because the Monitor's query index
   * stores each query's id that way, and looks it up for every candidate.
   */
  @Test
  void queryIndexStoresQueryIdsAsSortedDocValues() throws IOException {
    Map<String, Set<String>> sorted = sortedValuesOfTheQueryIndex("aaaab", "aaaac");

    assertThat(sorted.values()).anySatisfy(v -> assertThat(v).containsExactly("aaaab", "aaaac"));
  }

  /**
   * Monitor ids are chosen ({@code RuleSet.monitorId}) so that the Monitor's cache keys, the id
   * followed by {@code _0} for a query that is not split, have distinct hashes.
   */
  @Test
  void monitorCacheKeysAreTheIdFollowedByUnderscoreZero() throws IOException {
    Map<String, Set<String>> sorted = sortedValuesOfTheQueryIndex("aaaab", "aaaac");

    assertThat(sorted.values())
        .anySatisfy(v -> assertThat(v).containsExactly("aaaab_0", "aaaac_0"));
  }

  /**
   * {@link QueryIdsFormat#monitorConfiguration} builds the query index with {@code Lucene99Codec},
   * which moves to the backward-codecs module once a later codec becomes the default.
   */
  @Test
  void lucene99CodecIsTheDefaultCodec() {
    assertThat(Codec.getDefault().getName()).isEqualTo("Lucene99");
  }

  /**
   * {@code PassesQuery} and {@code RegexTextQuery} answer through {@code Weight#scorer}, which
   * Lucene 10 makes final (queries must implement {@code scorerSupplier} instead).
   */
  @Test
  void weightScorerCanBeOverridden() throws NoSuchMethodException {
    Method scorer = Weight.class.getMethod("scorer", LeafReaderContext.class);

    assertThat(Modifier.isFinal(scorer.getModifiers())).isFalse();
    assertThat(Modifier.isAbstract(scorer.getModifiers())).isTrue();
  }

  /**
   * {@link HighlightMatcher} and {@link HashedTermsReader} read the article as one leaf: the
   * Monitor matches one document at a time, in a MemoryIndex.
   */
  @Test
  void monitorMatchesEachArticleInOneLeaf() throws IOException {
    List<Integer> leaves = new ArrayList<>();
    try (Monitor m = new Monitor(VigilAnalyzer.forIndex())) {
      m.register(new MonitorQuery("q", word("wagner")));
      Document article = new Document();
      article.add(new TextField(CONTENT, "Wagner fighters in Mali", Field.Store.NO));
      m.match(
          article,
          searcher ->
              new CandidateMatcher<QueryMatch>(searcher) {
                @Override
                protected void matchQuery(String id, Query q, Map<String, String> md) {
                  leaves.add(searcher.getIndexReader().leaves().size());
                }

                @Override
                public QueryMatch resolve(QueryMatch a, QueryMatch b) {
                  return a;
                }
              });
    }
    assertThat(leaves).containsExactly(1);
  }

  /** Every sorted doc values field of a query index holding {@code ids}, with its values. */
  private static Map<String, Set<String>> sortedValuesOfTheQueryIndex(String... ids)
      throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    MonitorConfiguration config =
        new MonitorConfiguration()
            .setDirectoryProvider(
                () -> dir, MonitorQuerySerializer.fromParser(q -> new TermQuery(term(q))));
    Map<String, Set<String>> out = new TreeMap<>();
    try (Monitor m = new Monitor(VigilAnalyzer.forIndex(), config)) {
      for (String id : ids) {
        m.register(new MonitorQuery(id, word("w" + id), "w" + id, Map.of()));
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        for (LeafReaderContext ctx : r.leaves()) {
          LeafReader leaf = ctx.reader();
          for (FieldInfo f : leaf.getFieldInfos()) {
            if (f.getDocValuesType() == DocValuesType.SORTED) {
              SortedDocValues v = leaf.getSortedDocValues(f.name);
              Set<String> values = out.computeIfAbsent(f.name, k -> new TreeSet<>());
              while (v.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                values.add(v.lookupOrd(v.ordValue()).utf8ToString());
              }
            }
          }
        }
      }
    }
    return out;
  }

  private static Term term(String word) {
    return new Term(CONTENT, word);
  }

  private static Query and(Query... clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : clauses) {
      b.add(q, BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  private static Query word(String w) {
    return new TermQuery(term(w));
  }

  private static Set<String> names(Document d) {
    Set<String> out = new TreeSet<>();
    d.getFields().forEach(f -> out.add(f.name()));
    return out;
  }
}
