package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.digest.Digest;

/** One place alerts go. {@link #send} returns when delivered and throws when not. */
public interface AlertChannel {
  String id();

  /** The channel type, as written in the config ({@code log}, {@code webhook}, {@code email}). */
  String type();

  /**
   * The remote endpoint this channel talks to. Channels sharing an endpoint share one circuit
   * breaker, so a dead host is not hammered once per channel that points at it.
   */
  default String endpoint() {
    return type() + ":" + id();
  }

  void send(Match match) throws Exception;

  /**
   * Sends a digest of several alerts as one message; returns when delivered and throws when not.
   */
  void sendDigest(Digest digest) throws Exception;
}
