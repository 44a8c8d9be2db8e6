package dev.vigil.match.query;

import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.query.QueryLexer.Kind;
import dev.vigil.match.query.QueryLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the query language. Precedence, loosest first: OR, AND (also
 * implicit, by juxtaposition), NEAR/n, NOT. Lucene's classic QueryParser is not used because it has
 * no precedence ("a OR b AND c" silently becomes "b AND c") and no NEAR/n, @entity or re:.
 */
final class QuerySyntax {
  private final List<Token> tokens;
  private int p;

  private QuerySyntax(List<Token> tokens) {
    this.tokens = tokens;
  }

  static QueryNode parse(String query) throws QueryException {
    if (query == null || query.isBlank()) {
      throw new QueryException(0, "the query is empty");
    }
    QuerySyntax s = new QuerySyntax(QueryLexer.lex(query));
    QueryNode n = s.or(ArticleDocument.CONTENT);
    if (s.peek().kind() != Kind.EOF) {
      Token t = s.peek();
      throw new QueryException(
          t.column(),
          t.kind() == Kind.RPAREN ? "this ) has no matching (" : "unexpected " + describe(t));
    }
    return n;
  }

  private QueryNode or(String field) throws QueryException {
    int col = peek().column();
    List<QueryNode> clauses = new ArrayList<>(List.of(and(field)));
    while (accept(Kind.OR)) {
      clauses.add(and(field));
    }
    return clauses.size() == 1 ? clauses.get(0) : new QueryNode.Or(clauses, col);
  }

  private QueryNode and(String field) throws QueryException {
    int col = peek().column();
    List<QueryNode> clauses = new ArrayList<>(List.of(near(field)));
    while (!at(Kind.OR) && !at(Kind.RPAREN) && !at(Kind.EOF)) {
      accept(Kind.AND);
      clauses.add(near(field));
    }
    return clauses.size() == 1 ? clauses.get(0) : new QueryNode.And(clauses, col);
  }

  private QueryNode near(String field) throws QueryException {
    QueryNode left = unary(field);
    while (at(Kind.NEAR)) {
      Token op = next();
      left = new QueryNode.Near(left, unary(field), op.number(), op.column());
    }
    return left;
  }

  private QueryNode unary(String field) throws QueryException {
    if (at(Kind.NOT)) {
      Token not = next();
      return new QueryNode.Not(unary(field), not.column());
    }
    return primary(field);
  }

  private QueryNode primary(String field) throws QueryException {
    Token t = next();
    switch (t.kind()) {
      case LPAREN -> {
        QueryNode inner = or(field);
        if (!accept(Kind.RPAREN)) {
          throw new QueryException(t.column(), "this ( is never closed");
        }
        return inner;
      }
      case FIELD -> {
        return scoped(field, t);
      }
      case WORD -> {
        return t.text().endsWith("*")
            ? new QueryNode.Prefix(field, t.text().substring(0, t.text().length() - 1), t.column())
            : new QueryNode.Text(field, t.text(), -1, t.column());
      }
      case PHRASE -> {
        return new QueryNode.Text(field, t.text(), t.number(), t.column());
      }
      case ENTITY -> {
        return new QueryNode.EntityRef(field, t.text(), t.column());
      }
      case REGEX -> {
        return new QueryNode.Regex(t.text(), t.column());
      }
      default ->
          throw new QueryException(
              t.column(), "expected a word, a \"phrase\" or (, got " + describe(t));
    }
  }

  /** {@code name:} applies to the clause after it, which may be a parenthesised group. */
  private QueryNode scoped(String outer, Token f) throws QueryException {
    switch (f.text()) {
      case "lang", "domain" -> {
        Token v = next();
        if (v.kind() != Kind.WORD && v.kind() != Kind.PHRASE) {
          throw new QueryException(
              v.column(), f.text() + ": must be followed by a value, got " + describe(v));
        }
        return new QueryNode.Keyword(f.text(), v.text(), f.column());
      }
      case "type" -> {
        Token v = next();
        if (v.kind() != Kind.WORD) {
          throw new QueryException(
              v.column(), "type: must be followed by an entity type, got " + describe(v));
        }
        return new QueryNode.EntityType(outer, v.text(), f.column());
      }
      case "case" -> {
        if (!outer.equals(ArticleDocument.CONTENT) && !outer.equals(ArticleDocument.TITLE)) {
          throw new QueryException(f.column(), "case: works only in title and content");
        }
        return primary(outer + "_cs");
      }
      default -> {
        return primary(f.text());
      }
    }
  }

  private static String describe(Token t) {
    return switch (t.kind()) {
      case EOF -> "the end of the query";
      case PHRASE -> "\"" + t.text() + "\"";
      case FIELD -> "'" + t.text() + ":'";
      default -> "'" + t.text() + "'";
    };
  }

  private Token peek() {
    return tokens.get(p);
  }

  private Token next() {
    Token t = tokens.get(p);
    if (t.kind() != Kind.EOF) {
      p++;
    }
    return t;
  }

  private boolean at(Kind k) {
    return peek().kind() == k;
  }

  private boolean accept(Kind k) {
    if (at(k)) {
      p++;
      return true;
    }
    return false;
  }
}
