package dev.vigil.match.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a query into tokens, each with its 1-based column, so every error can point at it. */
final class QueryLexer {
  enum Kind {
    WORD,
    PHRASE,
    FIELD,
    ENTITY,
    REGEX,
    AND,
    OR,
    NOT,
    NEAR,
    LPAREN,
    RPAREN,
    EOF
  }

  /** {@code number} is the NEAR distance or the phrase slop (-1 when none was given). */
  record Token(Kind kind, String text, int number, int column) {}

  static final Set<String> FIELDS =
      Set.of(
          "title", "content", "summary", "author", "feed", "tag", "lang", "domain", "case", "type");
  private static final Pattern NEAR = Pattern.compile("NEAR(?:/(\\d{1,3}))?");
  private static final Pattern FIELD_NAME = Pattern.compile("[a-z]+");
  private static final String OPEN_QUOTES = "\"“„”";
  private static final String CLOSE_QUOTES = "\"”“";

  private final String q;
  private final List<Token> out = new ArrayList<>();
  private int i;

  private QueryLexer(String q) {
    this.q = q;
  }

  static List<Token> lex(String q) throws QueryException {
    QueryLexer l = new QueryLexer(q);
    l.run();
    return l.out;
  }

  private void run() throws QueryException {
    while (i < q.length()) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        add(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), -1, i++);
      } else if (OPEN_QUOTES.indexOf(c) >= 0) {
        phrase();
      } else if (c == '-' && i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1))) {
        add(Kind.NOT, "-", -1, i++);
      } else if (c == '@') {
        entity();
      } else {
        word();
      }
    }
    add(Kind.EOF, "end of query", -1, q.length());
  }

  private void phrase() throws QueryException {
    int start = i++;
    StringBuilder text = new StringBuilder();
    while (i < q.length() && CLOSE_QUOTES.indexOf(q.charAt(i)) < 0) {
      char c = q.charAt(i++);
      if (c == '\\' && i < q.length()) {
        c = q.charAt(i++);
      }
      text.append(c);
    }
    if (i >= q.length()) {
      throw new QueryException(start + 1, "this quote is never closed");
    }
    i++;
    int slop = -1;
    if (i < q.length() && q.charAt(i) == '~') {
      int digits = ++i;
      while (i < q.length() && Character.isDigit(q.charAt(i))) {
        i++;
      }
      if (i == digits || i - digits > 3) {
        throw new QueryException(
            digits, "~ must be followed by a distance in words, e.g. \"a b\"~5");
      }
      slop = Integer.parseInt(q.substring(digits, i));
    }
    add(Kind.PHRASE, text.toString(), slop, start);
  }

  private void entity() throws QueryException {
    int start = i++;
    while (i < q.length()
        && (Character.isLetterOrDigit(q.charAt(i)) || "_.-".indexOf(q.charAt(i)) >= 0)) {
      i++;
    }
    if (i == start + 1) {
      throw new QueryException(start + 1, "@ must be followed by an entity id, e.g. @wagner");
    }
    add(Kind.ENTITY, q.substring(start + 1, i), -1, start);
  }

  private void word() throws QueryException {
    int start = i;
    while (i < q.length()
        && !Character.isWhitespace(q.charAt(i))
        && "()".indexOf(q.charAt(i)) < 0
        && OPEN_QUOTES.indexOf(q.charAt(i)) < 0) {
      if (q.charAt(i) == ':' && FIELD_NAME.matcher(q.substring(start, i)).matches()) {
        field(start);
        return;
      }
      i++;
    }
    String w = q.substring(start, i);
    Matcher near = NEAR.matcher(w);
    if (near.matches()) {
      if (near.group(1) == null) {
        throw new QueryException(start + 1, "NEAR needs a distance in words, e.g. NEAR/5");
      }
      add(Kind.NEAR, w, Integer.parseInt(near.group(1)), start);
    } else if (w.equals("AND") || w.equals("&&")) {
      add(Kind.AND, w, -1, start);
    } else if (w.equals("OR") || w.equals("||")) {
      add(Kind.OR, w, -1, start);
    } else if (w.equals("NOT")) {
      add(Kind.NOT, w, -1, start);
    } else if (w.indexOf('*') >= 0 && w.indexOf('*') < w.length() - 1) {
      throw new QueryException(
          start + w.indexOf('*') + 1, "only a trailing * is supported, as in syri*");
    } else {
      add(Kind.WORD, w, -1, start);
    }
  }

  private void field(int start) throws QueryException {
    String name = q.substring(start, i);
    i++; // the colon
    if (name.equals("re")) {
      regex(start);
      return;
    }
    if (!FIELDS.contains(name)) {
      throw new QueryException(
          start + 1,
          "unknown field '"
              + name
              + ":' (known: "
              + String.join(", ", new java.util.TreeSet<>(FIELDS))
              + ", re); quote the text to search for it");
    }
    if (i >= q.length() || Character.isWhitespace(q.charAt(i))) {
      throw new QueryException(i + 1, "nothing after '" + name + ":'");
    }
    add(Kind.FIELD, name, -1, start);
  }

  /** re:/pattern/ — a slash inside the pattern is written \/. */
  private void regex(int start) throws QueryException {
    if (i >= q.length() || q.charAt(i) != '/') {
      throw new QueryException(i + 1, "re: must be followed by /pattern/");
    }
    StringBuilder p = new StringBuilder();
    for (i++; i < q.length() && q.charAt(i) != '/'; i++) {
      if (q.charAt(i) == '\\' && i + 1 < q.length() && q.charAt(i + 1) == '/') {
        i++;
      }
      p.append(q.charAt(i));
    }
    if (i >= q.length()) {
      throw new QueryException(start + 4, "the pattern is never closed with /");
    }
    i++;
    add(Kind.REGEX, p.toString(), -1, start);
  }

  private void add(Kind kind, String text, int number, int index) {
    out.add(new Token(kind, text, number, index + 1));
  }
}
