package dev.vigil.alert;

import dev.vigil.article.Match;

/** One place alerts go. {@link #send} returns when delivered and throws when not. */
public interface AlertChannel {
  String id();

  /** The channel type, as written in the config ({@code log}, {@code webhook}, {@code email}). */
  String type();

  void send(Match match) throws Exception;
}
