package dev.vigil.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {
  @Test
  void normalisationIgnoresCaseWidthPunctuationAndSpacing() {
    String a = "Ｋｙｉｖ, Sunday — “Air defences” shot down 71 drones!";
    String b = "kyiv sunday air   defences\nshot down 71 drones";
    assertThat(Shingles.normalise(a)).isEqualTo(b.replaceAll("\\s+", " "));
    assertThat(Shingles.hashes(a, 3)).isEqualTo(Shingles.hashes(b, 3)).hasSize(6);
  }

  @Test
  void textShorterThanKHasNoShingles() {
    assertThat(Shingles.hashes("two words", 3)).isEmpty();
    assertThat(Shingles.hashes("", 3)).isEmpty();
  }

  @Test
  void signaturesAreTheSameInEveryInstance() {
    long[] shingles = Shingles.hashes("the same wire text carried by twenty outlets today", 3);
    assertThat(new MinHash(256, MinHash.DEFAULT_SEED).signature(shingles))
        .isEqualTo(new MinHash(256, MinHash.DEFAULT_SEED).signature(shingles))
        .isNotEqualTo(new MinHash(256, 42).signature(shingles));
  }

  @Test
  void estimateTracksExactJaccard() {
    MinHash mh = new MinHash(256, MinHash.DEFAULT_SEED);
    SplittableRandom rnd = new SplittableRandom(7);
    long[] common = LongStream.generate(rnd::nextLong).limit(300).toArray();
    long[] onlyA = LongStream.generate(rnd::nextLong).limit(100).toArray();
    long[] onlyB = LongStream.generate(rnd::nextLong).limit(200).toArray();
    long[] a = LongStream.concat(LongStream.of(common), LongStream.of(onlyA)).toArray();
    long[] b = LongStream.concat(LongStream.of(common), LongStream.of(onlyB)).toArray();
    double exact = 300.0 / 600;
    double est = MinHash.similarity(mh.signature(a), mh.signature(b));
    // 256 hashes: standard error sqrt(J(1-J)/256) ~ 0.03; allow three of them.
    assertThat(est).isCloseTo(exact, within(0.1));
    assertThat(MinHash.similarity(mh.signature(a), mh.signature(a))).isEqualTo(1.0);
    assertThat(Measure.OVERLAP.score(est, a.length, b.length)).isCloseTo(300.0 / 400, within(0.1));
  }
}
