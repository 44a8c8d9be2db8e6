package dev.vigil.match.query;

import dev.vigil.match.analysis.ArticleDocument;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The article fields a set of compiled queries reads, so that the others need not be analysed for
 * each article: a field no query reads can neither select a candidate in the presearcher nor change
 * whether or where a query matches. NOT clauses count (an absent field would make every NOT on it
 * true). A query of a kind this does not know reads every field.
 */
public final class QueryFields extends QueryVisitor {
  private final Set<String> fields = new HashSet<>();
  private boolean all;

  private QueryFields() {}

  public static Set<String> of(Collection<Query> queries) {
    QueryFields v = new QueryFields();
    queries.forEach(q -> q.visit(v));
    return v.all ? ArticleDocument.ALL_FIELDS : Set.copyOf(v.fields);
  }

  @Override
  public boolean acceptField(String field) {
    fields.add(field);
    return true;
  }

  @Override
  public void consumeTerms(Query query, Term... terms) {
    for (Term t : terms) {
      fields.add(t.field());
    }
  }

  @Override
  public void consumeTermsMatching(
      Query query, String field, Supplier<ByteRunAutomaton> automaton) {
    fields.add(field);
  }

  @Override
  public void visitLeaf(Query query) {
    if (query instanceof IntervalQuery iq) {
      fields.add(iq.getField());
    } else if (!(query instanceof RegexTextQuery) && !(query instanceof MatchAllDocsQuery)) {
      all = true; // a RegexTextQuery names its field through acceptField; MatchAll reads none
    }
  }

  /** Every clause, MUST_NOT included (the default visitor skips those). */
  @Override
  public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
    return this;
  }
}
