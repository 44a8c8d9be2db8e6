package dev.vigil.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.article.Article;
import dev.vigil.testing.MutableClock;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Snapshots, determinism across instances and concurrent use of {@link StoryIndex}. */
class StoryIndexStateTest {
  final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T12:00:00Z"));
  final StoryIndex index = new StoryIndex(StoryConfig.defaults(), clock);

  @BeforeAll
  static void load() throws Exception {
    StoryIndexTest.load();
  }

  static Article a(String id, String host, String text) {
    return StoryIndexTest.a(id, host, text);
  }

  @Test
  void stateRoundTripRestoresStoriesAndSources() {
    index.assign(a("1", "a.example", "tpm-cuba"));
    index.assign(a("2", "b.example", "tpm-cuba~v1"));
    index.assign(a("3", "a.example", "tech-chipco"));
    StoryIndexState state = index.toState();
    StoryIndex restored = StoryIndex.fromState(state, StoryConfig.defaults(), clock);
    assertThat(restored.toState()).isEqualTo(state);
    assertThat(restored.assign(a("4", "c.example", "tpm-cuba~v2")))
        .isEqualTo(index.assign(a("4", "c.example", "tpm-cuba~v2")));
    assertThat(restored.assign(a("4", "c.example", "tpm-cuba~v2")).sources()).isEqualTo(3);
    assertThatThrownBy(
            () -> StoryIndex.fromState(state, StoryConfig.defaults().withShingleK(4), clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStoryStoredWithoutFactsTakesNoCopyRatherThanRiskAFalseMerge() throws Exception {
    index.assign(a("1", "a.example", "tpm-cuba"));
    StoryIndexState.StoryState s = index.story("1").orElseThrow();
    // As written before facts were kept: the JSON has no "facts".
    String old =
        JsonMapper.createDefault()
            .writeValueAsString(
                new StoryIndexState.StoryState(
                    s.storyId(),
                    s.firstSeenEpochMilli(),
                    s.sourceHosts(),
                    s.sourceArticleIds(),
                    numbers(s.minhashes()),
                    s.shingleCounts(),
                    null,
                    null,
                    null))
            .replace(",\"facts\":[null]", "")
            .replaceAll(
                "\"minhashes\":\\[[^\\]]*\\]",
                "\"signatures\":"
                    + JsonMapper.createDefault().writeValueAsString(numbers(s.minhashes())));
    // Signatures as lists of numbers, as records before Base64 had them.
    assertThat(old)
        .doesNotContain("facts")
        .doesNotContain("minhashes")
        .contains("\"signatures\":[[");
    StoryIndexState.StoryState back =
        JsonMapper.createDefault().readValue(old, StoryIndexState.StoryState.class);
    assertThat(back.minhashes()).isEqualTo(s.minhashes());
    StoryIndex restored =
        StoryIndex.fromState(
            new StoryIndexState(
                StoryIndexState.VERSION, 3, 256, StoryConfig.defaults().seed(), List.of(back)),
            StoryConfig.defaults(),
            clock);
    StoryAssignment copy = restored.assign(a("2", "b.example", "tpm-cuba~v1"));
    assertThat(copy.first()).isTrue();
    assertThat(copy.keptApartFrom()).isEqualTo("1");
    assertThat(copy.difference()).isEqualTo("stored without facts");
  }

  private static List<List<Long>> numbers(List<String> minhashes) {
    return minhashes.stream()
        .map(
            m -> {
              java.nio.LongBuffer b =
                  java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(m)).asLongBuffer();
              List<Long> l = new java.util.ArrayList<>();
              while (b.hasRemaining()) l.add(b.get());
              return l;
            })
        .toList();
  }

  @Test
  void stateSurvivesJsonAndPerStoryRecordsInAnyOrder() throws Exception {
    index.assign(a("1", "a.example", "tech-chipco"));
    clock.advance(Duration.ofMinutes(5));
    index.assign(a("2", "a.example", "storm-floods"));
    index.assign(a("3", "b.example", "tech-chipco~v2"));
    JsonMapper json = JsonMapper.createDefault();
    StoryIndexState state = index.toState();
    StoryIndexState back = json.readValue(json.writeValueAsBytes(state), StoryIndexState.class);
    assertThat(back).isEqualTo(state);
    // The daemon may keep one record per story, keyed by story id, and read them back unordered.
    StoryIndexState.StoryState fire = index.story("1").orElseThrow();
    assertThat(fire.sourceHosts()).containsExactly("a.example", "b.example");
    // Under 8 KB of JSON a kept copy: with at most 4 copies a record fits a 1 MB Kafka message.
    assertThat(json.writeValueAsBytes(fire).length).isLessThan(8 * 1024 * fire.minhashes().size());
    StoryIndexState shuffled =
        new StoryIndexState(
            state.version(),
            state.shingleK(),
            state.numHashes(),
            state.seed(),
            List.of(index.story("2").orElseThrow(), fire));
    assertThat(shuffled).isEqualTo(state);
    assertThat(index.story("3")).isEmpty();
  }

  @Test
  void twoIndexesFedTheSameArticlesAgree() {
    StoryIndex other = new StoryIndex(StoryConfig.defaults(), clock);
    int n = 0;
    for (String text :
        List.of(
            "wag-belarus",
            "wag-recruit~v1",
            "wag-belarus~v2",
            "hez-unifil",
            "wag-recruit",
            "hez-unifil~v1",
            "wag-belarus~v1")) {
      Article x = a("id" + n, "s" + (n++ % 3) + ".example", text);
      assertThat(other.assign(x)).isEqualTo(index.assign(x));
    }
    assertThat(other.size()).isEqualTo(3);
    assertThat(other.toState()).isEqualTo(index.toState());
  }

  @Test
  void concurrentAssignsKeepOneStoryPerText() throws Exception {
    List<String> bases = List.of("hez-speech", "wag-africa", "tpm-cuba", "storm-floods");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Set<String> ids = ConcurrentHashMap.newKeySet();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    String text = bases.get(i % 4) + (i % 3 == 0 ? "" : "~v" + (i % 3));
                    ids.add(
                        index
                            .assign(a(thread + "-" + i, "h" + thread + ".example", text))
                            .storyId());
                  }
                }));
      }
      for (Future<?> f : done) f.get();
    } finally {
      pool.shutdown();
    }
    assertThat(ids).hasSize(4);
    assertThat(index.toState().stories()).allSatisfy(s -> assertThat(s.sourceHosts()).hasSize(4));
  }
}
