package dev.vigil.match;

import dev.vigil.config.EntitySpec;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * Compiles the analyst's query syntax (see docs/queries.md) into a Lucene query: parsed by
 * {@link QuerySyntax}, translated by {@link QueryTranslator} into BooleanQuery, IntervalQuery,
 * TermQuery and, for {@code re:}, {@link RegexTextQuery}.
 */
public final class QueryCompiler {
  private final QueryTranslator translator;

  /** @param analyzer the query-side analyzer, {@link VigilAnalyzer#forQuery()} */
  public QueryCompiler(Analyzer analyzer, Map<String, EntitySpec> entities) {
    TextSources text = new TextSources(analyzer);
    this.translator = new QueryTranslator(text, new EntityQueries(text, entities));
  }

  public Query compile(String text) throws QueryException {
    return translator.query(QuerySyntax.parse(text));
  }
}
