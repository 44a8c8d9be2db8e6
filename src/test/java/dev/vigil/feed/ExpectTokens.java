package dev.vigil.feed;

import java.util.ArrayList;
import java.util.List;

/** Splits a Python expectation into string literals, names with subscripts and operators. */
final class ExpectTokens {
  enum Kind {
    STRING,
    NAME,
    OP
  }

  /** A NAME's text is its path with subscripts joined by '/', e.g. {@code entries/0/title}. */
  record Token(Kind kind, String text) {
    boolean isOp(String op) {
      return kind == Kind.OP && text.equals(op);
    }

    boolean isName(String name) {
      return kind == Kind.NAME && text.equals(name);
    }
  }

  private ExpectTokens() {}

  static List<Token> of(String src) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        PythonString s = PythonString.read(src, i);
        out.add(new Token(Kind.STRING, s.value));
        i = s.end;
      } else if (Character.isLetter(c) || c == '_') {
        i = name(src, i, out);
      } else if (src.startsWith("==", i) || src.startsWith("!=", i)) {
        out.add(new Token(Kind.OP, src.substring(i, i + 2)));
        i += 2;
      } else {
        out.add(new Token(Kind.OP, String.valueOf(c)));
        i++;
      }
    }
    return out;
  }

  private static int name(String src, int i, List<Token> out) {
    int start = i;
    while (i < src.length()
        && (Character.isLetterOrDigit(src.charAt(i))
            || src.charAt(i) == '_'
            || src.charAt(i) == '.')) {
      i++;
    }
    // Python attribute access (feed.title) means the same as a subscript here.
    StringBuilder path = new StringBuilder(src.substring(start, i).replace('.', '/'));
    while (i < src.length() && src.charAt(i) == '[') {
      int close;
      String key;
      if (src.charAt(i + 1) == '\'' || src.charAt(i + 1) == '"') {
        PythonString s = PythonString.read(src, i + 1);
        key = s.value;
        close = s.end;
      } else {
        close = src.indexOf(']', i);
        key = src.substring(i + 1, close).strip();
      }
      if (src.charAt(close) != ']') {
        throw new IllegalArgumentException("unsupported subscript in " + src);
      }
      path.append('/').append(key);
      i = close + 1;
    }
    out.add(new Token(Kind.NAME, path.toString()));
    return i;
  }
}
