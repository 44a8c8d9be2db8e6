package dev.vigil.fulltext;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset a {@code Content-Type} header names, if the JVM knows it. */
final class HttpCharset {
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)");

  private HttpCharset() {}

  /** Whether the bytes decode as UTF-8 without error. */
  static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
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
