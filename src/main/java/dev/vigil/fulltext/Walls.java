package dev.vigil.fulltext;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Whether a page shows a paywall or a cookie wall instead of (part of) its article. The text
 * extracted is then what the page gives; the article says which wall it met.
 */
final class Walls {
  static final String PAYWALL = "paywall";
  static final String COOKIE_WALL = "cookie-wall";

  /** schema.org's flag for paywalled content, and the class names of common paywall kits. */
  private static final Pattern PAYWALL_SIGNS =
      Pattern.compile(
          "\"isAccessibleForFree\"\\s*:\\s*\"?false|class=\"[^\"]*\\b(paywall|subscriber-only|"
              + "piano-offer|tp-modal|meteredContent)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COOKIE_SIGNS =
      Pattern.compile(
          "cookie[^<]{0,200}(consent|accept|agree|zustimm|akzeptier|accepter)",
          Pattern.CASE_INSENSITIVE);

  /** Below this much article text, a page with a cookie dialog is taken for a cookie wall. */
  private static final int LITTLE_TEXT = 300;

  private Walls() {}

  static String of(byte[] page, Extraction e) {
    // Latin-1 keeps every byte one character: the signs are ASCII whatever the page's charset.
    String raw = new String(page, StandardCharsets.ISO_8859_1);
    if (PAYWALL_SIGNS.matcher(raw).find()) {
      return PAYWALL;
    }
    if (e.text().length() < LITTLE_TEXT && COOKIE_SIGNS.matcher(raw).find()) {
      return COOKIE_WALL;
    }
    return null;
  }
}
