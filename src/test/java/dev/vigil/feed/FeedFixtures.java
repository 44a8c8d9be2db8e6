package dev.vigil.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the fixture feeds under src/test/resources/feeds, each named for the case it reproduces.
 */
final class FeedFixtures {
  private FeedFixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = FeedFixtures.class.getResourceAsStream("/feeds/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedFeed parse(String name) throws FeedParseException {
    return new FeedParser().parse(bytes(name), null, "http://feeds.example.org/" + name);
  }
}
