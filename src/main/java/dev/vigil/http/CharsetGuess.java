package dev.vigil.http;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Map;

/**
 * Guesses the character set of bytes whose declaration is missing or wrong, with ICU's statistical
 * detector (the same idea as feedparser's chardet): byte patterns for the multi-byte sets, letter
 * frequencies for the single-byte ones. Only used when the declared or default charset does not
 * {@link #fits} the bytes, so a declaration that is consistent with them always wins.
 */
public final class CharsetGuess {
  /**
   * Below this ICU confidence (0 to 100) a guess is noise: ICU has no detector for some sets
   * (TIS-620, for one) and then names a Latin set at about 10.
   */
  public static final int MIN_CONFIDENCE = 20;

  /**
   * Labels read as the superset that text so labelled nearly always is, as browsers do (WHATWG
   * Encoding Standard, section 4.2): the C1 range of the ISO sets is unused in real text. ICU names
   * Hebrew ISO-8859-8 when it sees no C1 byte; windows-1255 reads the same letters.
   */
  private static final Map<String, String> SUPERSET =
      Map.of(
          "ISO-8859-1", "windows-1252",
          "ISO-8859-9", "windows-1254",
          "ISO-8859-8", "windows-1255",
          "ISO-8859-8-I", "windows-1255");

  private CharsetGuess() {}

  /**
   * True when the bytes decode in {@code charset}, or nearly: at least ten well-read non-ASCII
   * characters for each bad sequence (ICU's own test for damaged UTF-8). A UTF-8 feed with one
   * stray byte stays UTF-8; text in another charset fails on most of its non-ASCII bytes.
   */
  public static boolean fits(byte[] body, Charset charset) {
    if (decodesCleanly(body, charset)) {
      return true;
    }
    String text = new String(body, charset);
    int bad = 0;
    int good = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        bad++;
      } else if (c > 0x7F && !Character.isLowSurrogate(c)) {
        good++;
      }
    }
    return good >= 10 * bad;
  }

  /**
   * The most likely charset Java can decode other than {@code rejected} (which the bytes were found
   * not to fit), or null when no guess is confident enough.
   */
  public static Charset of(byte[] body, Charset rejected) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(true); // ignore markup: tags are ASCII and say nothing of the text
    detector.setText(body);
    for (CharsetMatch m : detector.detectAll()) {
      if (m.getConfidence() < MIN_CONFIDENCE) {
        return null;
      }
      Charset c = lookup(SUPERSET.getOrDefault(m.getName(), m.getName()));
      // UTF-16 and UTF-32 are settled by the BOM and XML 1.0 appendix F before a guess is needed.
      if (c != null
          && !c.equals(rejected)
          && !c.name().startsWith("UTF-16")
          && !c.name().startsWith("UTF-32")) {
        return c;
      }
    }
    return null;
  }

  /** The charset of that name, or null when the JVM does not know it. */
  public static Charset lookup(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException illegalName) {
      return null;
    }
  }

  /** Whether the bytes decode in {@code charset} without a single error. */
  public static boolean decodesCleanly(byte[] body, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
