package dev.vigil.http;

import dev.vigil.article.Hashing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Small readers of HTTP header values and bodies, kept apart from the request logic. */
public final class HttpValues {
  private static final Pattern MAX_AGE =
      Pattern.compile("(?:^|,)\\s*max-age\\s*=\\s*\"?(\\d{1,10})\"?\\s*(?:,|$)");
  private static final Pattern NO_CACHE = Pattern.compile("(?:^|,)\\s*no-(?:cache|store)\\b");
  private static final Pattern TTL = Pattern.compile("<ttl>\\s*(\\d{1,7})\\s*</ttl>");
  private static final int TTL_SCAN = 16 * 1024;

  private HttpValues() {}

  /** The exception's name with the first message found down its cause chain. */
  static String describe(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && !c.getMessage().isBlank()) {
        return t.getClass().getSimpleName() + ": " + c.getMessage();
      }
    }
    // The JDK's ConnectException usually carries no message at all.
    return t instanceof java.net.ConnectException
        ? "ConnectException: connection refused or host unreachable"
        : t.getClass().getSimpleName();
  }

  /** Gunzips at most {@code limit} bytes, so a gzip bomb fails instead of filling the heap. */
  static byte[] gunzip(byte[] gz, long limit) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        if (out.size() + (long) n > limit) {
          throw new IOException("decompressed body larger than " + limit + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  /** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 10.2.3). */
  static Duration retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      try {
        Instant at =
            ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (RuntimeException bad) {
        return null;
      }
    }
  }

  /** A 64-bit digest of a body, to recognise an unchanged document without parsing it; never 0. */
  public static long bodyHash(byte[] body) {
    long h = ByteBuffer.wrap(Hashing.sha256(body)).getLong();
    return h == 0 ? 1 : h;
  }

  /**
   * {@code max-age} of a Cache-Control header (RFC 9111 5.2.2.1); null when absent, or with
   * no-cache or no-store.
   */
  public static Duration maxAge(String cacheControl) {
    if (cacheControl == null) {
      return null;
    }
    String cc = cacheControl.toLowerCase(Locale.ROOT);
    Matcher m = MAX_AGE.matcher(cc);
    return NO_CACHE.matcher(cc).find() || !m.find()
        ? null
        : Duration.ofSeconds(Long.parseLong(m.group(1)));
  }

  /**
   * The RSS 2.0 {@code <ttl>} (minutes), looked for in the first 16 KiB of the raw body, where the
   * channel's elements come before the items; null when absent.
   */
  public static Duration ttl(byte[] body) {
    Matcher m =
        TTL.matcher(
            new String(body, 0, Math.min(body.length, TTL_SCAN), StandardCharsets.ISO_8859_1));
    return m.find() ? Duration.ofMinutes(Long.parseLong(m.group(1))) : null;
  }
}
