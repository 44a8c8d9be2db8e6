package dev.vigil.feed;

/**
 * Reads one Python string literal, because feedparser's expectations are Python expressions ({@code
 * 'caf\xe9'}, {@code "it's"}, {@code '\u2019'}).
 */
final class PythonString {
  final String value;
  final int end;

  private PythonString(String value, int end) {
    this.value = value;
    this.end = end;
  }

  /**
   * Reads the literal whose opening quote is at {@code start}; {@link #end} is just past the
   * closing quote.
   */
  static PythonString read(String src, int start) {
    char quote = src.charAt(start);
    StringBuilder out = new StringBuilder();
    int i = start + 1;
    while (src.charAt(i) != quote) {
      char c = src.charAt(i++);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = src.charAt(i++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'x' -> i = hex(src, i, 2, out);
        case 'u' -> i = hex(src, i, 4, out);
        case 'U' -> i = hex(src, i, 8, out);
        default -> out.append(e);
      }
    }
    return new PythonString(out.toString(), i + 1);
  }

  private static int hex(String src, int at, int digits, StringBuilder out) {
    out.appendCodePoint(Integer.parseInt(src.substring(at, at + digits), 16));
    return at + digits;
  }
}
