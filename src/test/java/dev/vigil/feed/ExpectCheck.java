package dev.vigil.feed;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the part of a feedparser {@code Expect:} expression that maps onto {@link ParsedFeed}:
 * equality clauses on feed title/link, entry title/link and the detected encoding. Other clauses
 * ({@code bozo}, {@code feed['tagline']}, {@code ord(...)}...) are ignored; an expression with no
 * clause we understand is "not checked".
 */
final class ExpectCheck {
  enum Verdict {
    AGREE,
    DISAGREE,
    NOT_CHECKED
  }

  record Result(Verdict verdict, String detail) {}

  private ExpectCheck() {}

  static Result evaluate(String expect, ParsedFeed feed) {
    if (expect == null || expect.isBlank()) {
      return new Result(Verdict.NOT_CHECKED, "");
    }
    List<ExpectTokens.Token> tokens;
    try {
      tokens = ExpectTokens.of(expect);
    } catch (RuntimeException e) {
      return new Result(Verdict.NOT_CHECKED, "");
    }
    boolean checked = false;
    List<String> misses = new ArrayList<>();
    for (List<ExpectTokens.Token> alternative : split(tokens, "or")) {
      Verdict v = Verdict.NOT_CHECKED;
      for (List<ExpectTokens.Token> clause : split(alternative, "and")) {
        Boolean ok = ExpectClause.evaluate(clause, feed, misses);
        if (ok != null) {
          v = ok && v != Verdict.DISAGREE ? Verdict.AGREE : Verdict.DISAGREE;
        }
      }
      if (v == Verdict.AGREE) {
        return new Result(Verdict.AGREE, "");
      }
      checked |= v == Verdict.DISAGREE;
    }
    return checked
        ? new Result(Verdict.DISAGREE, String.join("; ", misses))
        : new Result(Verdict.NOT_CHECKED, "");
  }

  /** Splits on a keyword outside parentheses. */
  private static List<List<ExpectTokens.Token>> split(
      List<ExpectTokens.Token> tokens, String keyword) {
    List<List<ExpectTokens.Token>> parts = new ArrayList<>();
    List<ExpectTokens.Token> current = new ArrayList<>();
    int depth = 0;
    for (ExpectTokens.Token t : tokens) {
      if (t.isOp("(")) {
        depth++;
      } else if (t.isOp(")")) {
        depth--;
      }
      if (depth == 0 && t.isName(keyword)) {
        parts.add(current);
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    parts.add(current);
    return parts;
  }
}
