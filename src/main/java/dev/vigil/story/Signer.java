package dev.vigil.story;

import dev.vigil.article.Article;
import dev.vigil.article.StorySignature;
import java.nio.ByteBuffer;
import java.util.Base64;

/** Computes an article's {@link StorySignature} under one {@link StoryConfig}. Thread-safe. */
public final class Signer {
  private final StoryConfig config;
  private final MinHash minHash;

  public Signer(StoryConfig config) {
    this.config = config;
    this.minHash = new MinHash(config.numHashes(), config.seed());
  }

  public StorySignature sign(Article a) {
    long[] shingles = Shingles.hashes(StoryIndex.text(a), config.shingleK());
    String host = SourceHost.of(a.feedUrl());
    if (shingles.length < config.minShingles()) {
      // Too short to tell apart from other short texts ("Live updates"): its own story, unindexed.
      return new StorySignature(host, null, shingles.length, null);
    }
    return new StorySignature(
        host, encode(minHash.signature(shingles)), shingles.length, Facts.of(a).encode());
  }

  static String encode(long[] sig) {
    ByteBuffer b = ByteBuffer.allocate(sig.length * Long.BYTES);
    b.asLongBuffer().put(sig);
    return Base64.getEncoder().encodeToString(b.array());
  }

  /** The signature's values; refuses one of another length than the configuration's. */
  long[] decode(String minhash) {
    byte[] bytes = Base64.getDecoder().decode(minhash);
    if (bytes.length != config.numHashes() * Long.BYTES) {
      throw new IllegalArgumentException("story signature of the wrong length");
    }
    long[] sig = new long[config.numHashes()];
    ByteBuffer.wrap(bytes).asLongBuffer().get(sig);
    return sig;
  }
}
