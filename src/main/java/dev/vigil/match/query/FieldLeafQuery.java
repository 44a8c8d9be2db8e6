package dev.vigil.match.query;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** A query of Vigil's own that reads one field and has no sub-queries: visited as one leaf. */
abstract class FieldLeafQuery extends Query {
  protected final String field;

  FieldLeafQuery(String field) {
    this.field = field;
  }

  @Override
  public final void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.visitLeaf(this);
    }
  }
}
