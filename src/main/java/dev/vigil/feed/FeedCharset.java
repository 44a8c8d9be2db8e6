package dev.vigil.feed;

import dev.vigil.http.CharsetGuess;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the character set of an XML feed and decodes it, in the order RFC 7303 section 3 gives:
 * byte order mark, then the HTTP {@code charset} parameter, then the XML declaration, else UTF-8.
 * Unlike the obsolete RFC 3023, a {@code text/*} type without charset does not mean US-ASCII:
 * servers send UTF-8 feeds that way all the time. When the bytes plainly do not fit the charset so
 * chosen (or nothing is declared and they are not UTF-8), {@link CharsetGuess} reads them instead,
 * with a warning naming both.
 */
final class FeedCharset {
  private static final Pattern HTTP_CHARSET =
      Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** The decoded text, the charset name reported to users, and what had to be guessed. */
  record Decoded(String text, String charset, List<String> warnings) {}

  private FeedCharset() {}

  static Decoded decode(byte[] body, String contentType) {
    Charset bom = bom(body);
    if (bom != null) {
      return read(body, bom, List.of());
    }
    List<String> warnings = new ArrayList<>();
    String http = httpCharset(contentType);
    if (http != null && CharsetGuess.lookup(http) != null) {
      return checked(
          body, CharsetGuess.lookup(http), "the Content-Type's charset '" + http + "'", warnings);
    }
    if (http != null) {
      warnings.add("unknown charset '" + http + "' in Content-Type ignored");
    }
    Charset family = family(body);
    String declared = declared(body, family);
    if (declared != null && CharsetGuess.lookup(declared) == null) {
      warnings.add("unknown encoding '" + declared + "' declared; read as Unicode");
    } else if (declared != null && !CharsetGuess.lookup(declared).name().startsWith("UTF-")) {
      return checked(
          body,
          CharsetGuess.lookup(declared),
          "the declared encoding '" + declared + "'",
          warnings);
    }
    // A declared UTF-16/32 ("utf16", no byte order) is settled by the byte pattern, as XML 1.0 F.1
    // says.
    if (!family.equals(StandardCharsets.UTF_8)) {
      return read(body, family, warnings);
    }
    return declared != null
        ? checked(body, family, "the declared encoding '" + declared + "'", warnings)
        : undeclared(body, warnings);
  }

  /**
   * A declared charset is kept when the bytes fit it, even with a few bad ones; when they plainly
   * do not (a KOI8-R feed that says UTF-8), the charset is guessed from the bytes.
   */
  private static Decoded checked(byte[] body, Charset charset, String what, List<String> warnings) {
    if (CharsetGuess.fits(body, widen(charset))) {
      return read(body, charset, warnings);
    }
    Charset guess = CharsetGuess.of(body, widen(charset));
    if (guess == null) {
      return read(body, charset, warnings);
    }
    warnings.add(what + " does not fit the bytes; read as " + guess.name() + " (guessed)");
    return read(body, guess, warnings);
  }

  /**
   * Nothing declared means UTF-8 (XML 1.0 4.3.3); bytes that are not UTF-8 get a guess, else
   * windows-1252.
   */
  private static Decoded undeclared(byte[] body, List<String> warnings) {
    if (CharsetGuess.fits(body, StandardCharsets.UTF_8)) {
      return read(body, StandardCharsets.UTF_8, warnings);
    }
    Charset guess = CharsetGuess.of(body, StandardCharsets.UTF_8);
    Charset used = guess != null ? guess : Charset.forName("windows-1252");
    warnings.add(
        "no encoding declared and not valid UTF-8; read as "
            + used.name()
            + (guess != null ? " (guessed)" : ""));
    return read(body, used, warnings);
  }

  private static Decoded read(byte[] body, Charset charset, List<String> warnings) {
    Charset decoder = widen(charset);
    String text = new String(body, decoder);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<String> all = new ArrayList<>(warnings);
    if (text.indexOf('\uFFFD') >= 0 && !CharsetGuess.decodesCleanly(body, decoder)) {
      all.add("bytes invalid in " + charset.name() + " were replaced");
    }
    String name =
        decoder.name().equals("GB18030") ? "gb18030" : charset.name().toLowerCase(Locale.ROOT);
    return new Decoded(text, name, List.copyOf(all));
  }

  /**
   * Decodes labels with their real-world supersets, as browsers do: GB2312 text is usually GBK or
   * GB18030, and a US-ASCII label is read byte for byte so stray 8-bit characters survive.
   */
  private static Charset widen(Charset c) {
    return switch (c.name()) {
      case "GB2312", "GBK" -> Charset.forName("GB18030");
      case "US-ASCII" -> StandardCharsets.ISO_8859_1;
      default -> c;
    };
  }

  private static Charset bom(byte[] b) {
    if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return UTF_32BE;
    }
    if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return UTF_32LE;
    }
    if (starts(b, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (starts(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return starts(b, 0xFF, 0xFE) ? StandardCharsets.UTF_16LE : null;
  }

  /** Without a BOM, the bytes of the first '<' tell the UTF family (XML 1.0 appendix F). */
  private static Charset family(byte[] b) {
    if (starts(b, 0x00, 0x00, 0x00, 0x3C)) {
      return UTF_32BE;
    }
    if (starts(b, 0x3C, 0x00, 0x00, 0x00)) {
      return UTF_32LE;
    }
    if (starts(b, 0x00, 0x3C)) {
      return StandardCharsets.UTF_16BE;
    }
    return starts(b, 0x3C, 0x00) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
  }

  private static String declared(byte[] body, Charset family) {
    int width =
        family.equals(StandardCharsets.UTF_8) ? 1 : family.name().startsWith("UTF-16") ? 2 : 4;
    String head =
        new String(
            body,
            0,
            Math.min(body.length, 400 * width),
            width == 1 ? StandardCharsets.ISO_8859_1 : family);
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  static String httpCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HTTP_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** The charset of that name, or null if Java has none (or the name is not even legal). */
  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
