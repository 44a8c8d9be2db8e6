package dev.vigil.match;

import dev.vigil.config.EntitySpec;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Compiles the analyst's query syntax into a Lucene query: terms, "phrases", AND / OR / NOT,
 * parentheses, implicit AND, field scopes, and {@code @entity} references, which expand to the
 * entity's name and aliases as phrases.
 */
public final class QueryCompiler {
  static final String DEFAULT_FIELD = ArticleDocument.CONTENT;
  private static final Pattern ENTITY_REF = Pattern.compile("(?<![\\w\"])@([A-Za-z0-9][A-Za-z0-9_.-]*)");
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private final Analyzer analyzer;
  private final Map<String, EntitySpec> entities;

  public QueryCompiler(Analyzer analyzer, Map<String, EntitySpec> entities) {
    this.analyzer = analyzer;
    this.entities = entities;
  }

  public Query compile(String text) throws QueryException {
    if (text == null || text.isBlank()) {
      throw new QueryException(0, "the query is empty");
    }
    Matcher m = ENTITY_REF.matcher(text);
    StringBuilder sameLength = new StringBuilder();
    StringBuilder expanded = new StringBuilder();
    while (m.find()) {
      EntitySpec e = entities.get(m.group(1));
      if (e == null) {
        throw new QueryException(m.start() + 1, "unknown entity @" + m.group(1)
            + (entities.isEmpty() ? " (no entities are defined)" : " (known: " + new TreeSet<>(entities.keySet()) + ")"));
      }
      m.appendReplacement(sameLength, "x".repeat(m.group().length()));
      m.appendReplacement(expanded, Matcher.quoteReplacement(aliasClause(e)));
    }
    m.appendTail(sameLength);
    m.appendTail(expanded);
    parse(sameLength.toString()); // errors here carry columns of the text the user wrote
    Query q = parse(expanded.toString());
    checkFields(q);
    if (q instanceof MatchNoDocsQuery) {
      throw new QueryException(0, "the query has no searchable words");
    }
    if (q instanceof BooleanQuery b && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      throw new QueryException(0, "a query cannot consist only of NOT clauses");
    }
    return q;
  }

  static String aliasClause(EntitySpec e) {
    return e.names().stream()
        .map(n -> "\"" + n.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(" OR ", "(", ")"));
  }

  private Query parse(String text) throws QueryException {
    QueryParser p = new QueryParser(DEFAULT_FIELD, analyzer);
    p.setDefaultOperator(QueryParser.Operator.AND);
    p.setSplitOnWhitespace(true);
    p.setAutoGeneratePhraseQueries(true);
    try {
      return p.parse(text);
    } catch (ParseException e) {
      String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
      Matcher c = COLUMN.matcher(msg);
      int col = c.find() ? Integer.parseInt(c.group(1)) : 0;
      String reason = msg.replaceFirst("^Cannot parse '.*?': ", "").split("\n")[0];
      throw new QueryException(col, reason);
    } catch (RuntimeException e) {
      throw new QueryException(0, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private static void checkFields(Query q) throws QueryException {
    Set<String> fields = new TreeSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    fields.removeAll(ArticleDocument.QUERY_FIELDS);
    if (!fields.isEmpty()) {
      throw new QueryException(0, "unknown field " + fields.iterator().next() + ": (known: "
          + String.join(", ", new TreeSet<>(ArticleDocument.QUERY_FIELDS)) + ")");
    }
  }
}
