package dev.vigil.match.entity;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/**
 * One entity found in a text: {@code text.substring(start, end)} is {@link #text}.
 *
 * @param type {@link #PERSON}, {@link #ORGANIZATION}, {@link #LOCATION}, {@link #MISC}, or the
 *     {@code type} of the watchlist entity whose alias matched (such as {@code weapon})
 */
@Serdeable
public record TaggedEntity(String text, String type, int start, int end) {
  public static final String PERSON = "PERSON";
  public static final String ORGANIZATION = "ORGANIZATION";
  public static final String LOCATION = "LOCATION";
  public static final String MISC = "MISC";

  public TaggedEntity {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad span [" + start + ", " + end + ") for '" + text + "'");
    }
  }

  /** The type as a query names it after {@code type:}: see {@link #queryType(String)}. */
  public String queryType() {
    return queryType(type);
  }

  /**
   * {@code person}, {@code org}, {@code place} and {@code misc} for the model's four types; any
   * other type (a watchlist entity's) in lower case, as {@code type:weapon} names it.
   */
  public static String queryType(String type) {
    return switch (type) {
      case PERSON -> "person";
      case ORGANIZATION -> "org";
      case LOCATION -> "place";
      case MISC -> "misc";
      default -> type.toLowerCase(Locale.ROOT);
    };
  }
}
