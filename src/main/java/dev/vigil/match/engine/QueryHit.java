package dev.vigil.match.engine;

import java.util.List;
import org.apache.lucene.monitor.QueryMatch;

/**
 * Where a query matched: the clauses whose hits it reports, in the order found, and the position
 * its Monitor id stands for.
 */
public final class QueryHit extends QueryMatch {
  private final List<Clause> clauses;
  private final int slot;

  QueryHit(String queryId, int slot, List<Clause> clauses) {
    super(queryId);
    this.slot = slot;
    this.clauses = clauses;
  }

  public List<Clause> clauses() {
    return clauses;
  }

  public int slot() {
    return slot;
  }
}
