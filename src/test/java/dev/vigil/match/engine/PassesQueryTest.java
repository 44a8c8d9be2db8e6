package dev.vigil.match.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.config.EntitySpec;
import dev.vigil.config.WatchlistFile;
import dev.vigil.match.LabelledSetTest;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.VigilAnalyzer;
import dev.vigil.match.query.QueryCompiler;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Vigil's presearch question selects exactly the queries that Lucene's own
 * MultipassTermFilteredPresearcher question selects, on one query index holding every rule of the
 * labelled set (terms, phrases, NEAR, prefixes, field scopes, case, entities, types, regexes).
 */
public class PassesQueryTest {
  @Test
  void selectsWhatLucenesMultipassQuerySelects() throws Exception {
    List<EntitySpec> entities = WatchlistFile.read(LabelledSetTest.FILE);
    QueryCompiler compiler =
        new QueryCompiler(
            VigilAnalyzer.forQuery(),
            entities.stream().collect(Collectors.toMap(EntitySpec::id, Function.identity())));
    Presearcher ours = Presearchers.create();
    Presearcher lucenes =
        new MultipassTermFilteredPresearcher(
            Presearchers.PASSES, 0f, Presearchers.WEIGHTOR, List.of(), Set.of());
    List<LabelledSetTest.Case> cases = LabelledSetTest.cases();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      for (LabelledSetTest.Case c : cases) {
        writer.addDocument(ours.indexQuery(compiler.compile(c.query()), Map.of()));
      }
      writer.commit();
      try (DirectoryReader queries = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(queries);
        searcher.setQueryCache(null);
        int selected = 0;
        for (LabelledSetTest.Case c : cases) {
          LeafReader article = index(ArticleDocument.of(c.article()));
          BitSet expected = docs(searcher, lucenes.buildQuery(article, (field, term) -> true));
          assertThat(docs(searcher, ours.buildQuery(article, (field, term) -> true)))
              .as(c.id())
              .isEqualTo(expected);
          selected += expected.cardinality();
        }
        assertThat(selected).as("candidates over all articles").isGreaterThan(cases.size());
      }
    }
  }

  private static LeafReader index(Document doc) {
    MemoryIndex index = new MemoryIndex(true, true);
    for (IndexableField f : doc) {
      index.addField(f, VigilAnalyzer.forIndex());
    }
    return (LeafReader) index.createSearcher().getIndexReader();
  }

  private static BitSet docs(IndexSearcher searcher, Query q) throws IOException {
    BitSet out = new BitSet();
    searcher.search(
        q,
        new SimpleCollector() {
          private int base;

          @Override
          protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext ctx) {
            base = ctx.docBase;
          }

          @Override
          public void collect(int doc) {
            out.set(base + doc);
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return out;
  }
}
