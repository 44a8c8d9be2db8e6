package dev.vigil.match.query;

import java.util.List;

/**
 * A parsed query before it becomes Lucene objects. Parsing and translating are separate so each
 * check (NEAR operands, NOT-only queries, re: placement) sees the whole tree; every node keeps the
 * column it started at for error messages.
 */
sealed interface QueryNode {
  int column();

  /** A word or "phrase" in a text field; {@code slop} is -1 for an exact phrase. */
  record Text(String field, String text, int slop, int column) implements QueryNode {}

  /** {@code syri*}. */
  record Prefix(String field, String text, int column) implements QueryNode {}

  /** {@code lang:en}, {@code domain:bbc.co.uk}: one whole keyword. */
  record Keyword(String field, String value, int column) implements QueryNode {}

  /** {@code @id}. */
  record EntityRef(String field, String id, int column) implements QueryNode {}

  /** {@code type:weapon}: any entity of that type. */
  record EntityType(String field, String type, int column) implements QueryNode {}

  /** {@code re:/pattern/}. */
  record Regex(String pattern, int column) implements QueryNode {}

  record And(List<QueryNode> clauses, int column) implements QueryNode {}

  record Or(List<QueryNode> clauses, int column) implements QueryNode {}

  record Not(QueryNode clause, int column) implements QueryNode {}

  /** {@code a NEAR/n b}: at most n words between a and b, in either order. */
  record Near(QueryNode left, QueryNode right, int distance, int column) implements QueryNode {}
}
