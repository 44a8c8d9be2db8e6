package dev.vigil.fulltext;

import dev.vigil.http.CharsetGuess;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset a {@code Content-Type} header names, if the JVM knows it. */
final class HttpCharset {
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)");

  private HttpCharset() {}

  /** A declaration at the start of a page: a byte order mark, or a meta charset. */
  private static final Pattern DECLARED =
      Pattern.compile("<meta[^>]+charset", Pattern.CASE_INSENSITIVE);

  /**
   * The charset to read a page in when its header names none: UTF-8 when the bytes are valid UTF-8
   * (pages saved as UTF-8 whatever their meta says are common); null when the page declares one (a
   * BOM or {@code <meta charset>}: the parser reads it); else ICU's guess, or null.
   */
  static String undeclared(byte[] body) {
    if (CharsetGuess.decodesCleanly(body, StandardCharsets.UTF_8)) {
      return "UTF-8";
    }
    boolean bom = body.length >= 2 && ((body[0] & 0xFF) == 0xFE || (body[0] & 0xFF) == 0xFF);
    String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
    if (bom || DECLARED.matcher(head).find()) {
      return null;
    }
    Charset guess = CharsetGuess.of(body, StandardCharsets.UTF_8);
    return guess == null ? null : guess.name();
  }

  /** The charset's name, or null (then the page's own declaration decides). */
  static String of(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType.toLowerCase(Locale.ROOT));
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1)).name();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
