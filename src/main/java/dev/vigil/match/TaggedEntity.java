package dev.vigil.match;

/**
 * One entity found in a text: {@code text.substring(start, end)} is {@link #text}.
 *
 * @param type {@link #PERSON}, {@link #ORGANIZATION}, {@link #LOCATION}, {@link #MISC}, or the
 *     {@code type} of the watchlist entity whose alias matched (such as {@code weapon})
 */
public record TaggedEntity(String text, String type, int start, int end) {
  public static final String PERSON = "PERSON";
  public static final String ORGANIZATION = "ORGANIZATION";
  public static final String LOCATION = "LOCATION";
  public static final String MISC = "MISC";

  public TaggedEntity {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
    }
  }
}
