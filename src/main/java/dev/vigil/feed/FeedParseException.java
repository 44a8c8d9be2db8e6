package dev.vigil.feed;

/** The document could not be read as a feed; the message says why in words a user understands. */
public class FeedParseException extends Exception {
  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
