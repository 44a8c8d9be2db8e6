package dev.vigil.config;

/**
 * How article and query text are normalised, beyond what is always done, and which engine matches
 * (docs/matching.md).
 *
 * @param germanUmlauts a word with ä, ö or ü also reads as its German transliteration with ae, oe
 *     and ue, so Müller = Mueller as well as Muller (key {@code matching.german-umlauts}, default
 *     off: the transliteration is German; a Turkish Gül is not Guel)
 * @param engine {@code matching.engine}: {@code tuned} (the default) or {@code stock}, Lucene
 *     Monitor as it ships; both give the same hits
 */
public record MatchSettings(boolean germanUmlauts, Engine engine) {
  public static final MatchSettings DEFAULT = new MatchSettings(false, Engine.TUNED);

  /** The matching engines; see {@code dev.vigil.match.engine.MatchEngine}. */
  public enum Engine {
    TUNED,
    STOCK
  }

  public MatchSettings(boolean germanUmlauts) {
    this(germanUmlauts, Engine.TUNED);
  }

  public MatchSettings withEngine(Engine e) {
    return new MatchSettings(germanUmlauts, e);
  }
}
