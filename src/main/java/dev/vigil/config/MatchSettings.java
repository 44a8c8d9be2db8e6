package dev.vigil.config;

/**
 * How article and query text are normalised, beyond what is always done (docs/matching.md).
 *
 * @param germanUmlauts a word with ä, ö or ü also reads as its German transliteration with ae, oe
 *     and ue, so Müller = Mueller as well as Muller (key {@code matching.german-umlauts}, default
 *     off: the transliteration is German; a Turkish Gül is not Guel)
 */
public record MatchSettings(boolean germanUmlauts) {
  public static final MatchSettings DEFAULT = new MatchSettings(false);
}
