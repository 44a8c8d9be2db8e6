package dev.vigil.alert;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Mustache templates with the escaping their output needs: {@code {{name}}} is escaped for HTML,
 * for a JSON string, or not at all for plain text; {@code {{{name}}}} is never escaped.
 */
final class Templates {
  /** How {@code {{name}}} values are escaped. */
  enum Escape {
    HTML,
    JSON,
    TEXT
  }

  private static final String ROOT = "templates";

  private Templates() {}

  /** A template shipped under {@code src/main/resources/templates/}. */
  static Mustache resource(String path, Escape escape) {
    return factory(escape).compile(path);
  }

  /** A template from the configuration; {@code name} appears in error messages. */
  static Mustache inline(String text, String name, Escape escape) {
    return factory(escape).compile(new StringReader(text), name);
  }

  /**
   * @throws MustacheException naming the problem when the text is not a valid template
   */
  static void check(String text, String name) {
    inline(text, name, Escape.TEXT);
  }

  static String render(Mustache template, Map<String, Object> view) {
    StringWriter out = new StringWriter();
    template.execute(out, view);
    return out.toString();
  }

  private static MustacheFactory factory(Escape escape) {
    return switch (escape) {
      case HTML -> new DefaultMustacheFactory(ROOT);
      case JSON -> new EscapingFactory(Templates::json);
      case TEXT -> new EscapingFactory((value, w) -> w.write(value));
    };
  }

  /** Writes {@code s} as the inside of a JSON string literal (RFC 8259, section 7). */
  static void json(String s, Writer w) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> w.write("\\\"");
        case '\\' -> w.write("\\\\");
        case '\n' -> w.write("\\n");
        case '\r' -> w.write("\\r");
        case '\t' -> w.write("\\t");
        default -> {
          // Control characters must be escaped; U+2028/9 too, for receivers that eval JSON as
          // JavaScript.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            w.write(String.format("\\u%04x", (int) c));
          } else {
            w.write(c);
          }
        }
      }
    }
  }

  /** Writes one value, escaped. */
  @FunctionalInterface
  interface Encoder {
    void encode(String value, Writer w) throws IOException;
  }

  private static final class EscapingFactory extends DefaultMustacheFactory {
    private final Encoder encoder;

    EscapingFactory(Encoder encoder) {
      super(ROOT);
      this.encoder = encoder;
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        encoder.encode(value, writer);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
