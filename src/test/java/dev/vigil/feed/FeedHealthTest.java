package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.config.FeedSpec;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Feed health as exposed to people and the web layer: ok, erroring with the last error, disabled
 * with the reason.
 */
class FeedHealthTest {
  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

  private static FeedSpec spec(String url) {
    return new FeedSpec(url, null, Duration.ofMinutes(5), Duration.ofDays(7), List.of());
  }

  @Test
  void eachStateIsExposedWithItsDetail() {
    FeedState ok = FeedState.initial("http://a/").unchanged(NOW);
    FeedState erroring =
        FeedState.initial("http://b/")
            .failed(NOW, "HTTP 500", NOW.plusSeconds(300))
            .failed(NOW, "timed out after 30s", NOW.plusSeconds(600));
    FeedState gone = FeedState.initial("http://c/").disabled(NOW, "HTTP 410 Gone");

    assertThat(FeedHealth.of(ok))
        .isEqualTo(new FeedHealth("http://a/", null, "ok", null, null, 0, NOW, NOW, null));
    assertThat(FeedHealth.of(erroring))
        .isEqualTo(
            new FeedHealth(
                "http://b/",
                null,
                "erroring",
                "timed out after 30s",
                null,
                2,
                NOW,
                null,
                NOW.plusSeconds(600)));
    assertThat(FeedHealth.of(gone).disabledReason()).isEqualTo("HTTP 410 Gone");
    assertThat(FeedHealth.of(gone).lastError()).isNull();
  }

  @Test
  void theSummaryCountsEveryConfiguredFeedAndListsTheProblems() throws Exception {
    Map<String, FeedState> states =
        Map.of(
            "http://a/", FeedState.initial("http://a/").unchanged(NOW),
            "http://b/", FeedState.initial("http://b/").failed(NOW, "HTTP 500", null),
            "http://c/", FeedState.initial("http://c/").disabled(NOW, "HTTP 410 Gone"));
    FeedStateStore store =
        new FeedStateStore() {
          @Override
          public Optional<FeedState> get(String url) {
            return Optional.ofNullable(states.get(url));
          }

          @Override
          public void put(FeedState state) {
            throw new UnsupportedOperationException();
          }
        };
    FeedHealth.Summary s =
        FeedHealth.summarise(
            List.of(spec("http://a/"), spec("http://b/"), spec("http://c/"), spec("http://d/")),
            store);
    assertThat(s.feeds()).isEqualTo(4);
    assertThat(s.ok()).isEqualTo(2);
    assertThat(s.neverPolled()).isEqualTo(1);
    assertThat(s.erroring()).isEqualTo(1);
    assertThat(s.disabled()).isEqualTo(1);
    assertThat(s.problems()).extracting(FeedHealth::url).containsExactly("http://b/", "http://c/");
    String json =
        new String(JsonMapper.createDefault().writeValueAsBytes(s), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"disabledReason\":\"HTTP 410 Gone\"")
        .contains("\"lastError\":\"HTTP 500\"");
  }
}
