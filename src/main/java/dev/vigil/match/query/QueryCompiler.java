package dev.vigil.match.query;

import dev.vigil.config.EntitySpec;
import dev.vigil.match.analysis.TextSources;
import dev.vigil.match.analysis.VigilAnalyzer;
import dev.vigil.match.entity.EntityQueries;
import dev.vigil.match.entity.EntityTagger;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * Compiles the analyst's query syntax (see docs/queries.md) into a Lucene query: parsed by {@link
 * QuerySyntax}, translated by {@link QueryTranslator} into BooleanQuery, IntervalQuery, TermQuery
 * and, for {@code re:}, {@link RegexTextQuery}.
 */
public final class QueryCompiler {
  /** A compiled query and the ids of the entities it names, directly or by type. */
  public record Compiled(Query query, Set<String> entityIds) {}

  private final Map<String, EntitySpec> entities;
  private final QueryTranslator translator;

  /**
   * @param analyzer the query-side analyzer, {@link VigilAnalyzer#forQuery()}
   */
  public QueryCompiler(Analyzer analyzer, Map<String, EntitySpec> entities) {
    this(analyzer, entities, Set.of());
  }

  /**
   * @param taggedTypes the types an {@link EntityTagger} adds to articles ({@link
   *     EntityTagger#types})
   */
  public QueryCompiler(
      Analyzer analyzer, Map<String, EntitySpec> entities, Set<String> taggedTypes) {
    this.entities = entities;
    TextSources text = new TextSources(analyzer);
    this.translator = new QueryTranslator(text, new EntityQueries(text, entities, taggedTypes));
  }

  public Query compile(String text) throws QueryException {
    return compileRule(text).query();
  }

  public Compiled compileRule(String text) throws QueryException {
    QueryNode n = QuerySyntax.parse(text);
    Set<String> ids = new TreeSet<>();
    collectEntities(n, ids);
    return new Compiled(translator.query(n), ids);
  }

  private void collectEntities(QueryNode n, Set<String> ids) {
    if (n instanceof QueryNode.EntityRef e) {
      ids.add(e.id());
    } else if (n instanceof QueryNode.EntityType t) {
      entities.values().stream()
          .filter(e -> e.type().equalsIgnoreCase(t.type()))
          .forEach(e -> ids.add(e.id()));
    } else if (n instanceof QueryNode.And a) {
      a.clauses().forEach(c -> collectEntities(c, ids));
    } else if (n instanceof QueryNode.Or o) {
      o.clauses().forEach(c -> collectEntities(c, ids));
    } else if (n instanceof QueryNode.Not not) {
      collectEntities(not.clause(), ids);
    } else if (n instanceof QueryNode.Near near) {
      collectEntities(near.left(), ids);
      collectEntities(near.right(), ids);
    }
  }
}
