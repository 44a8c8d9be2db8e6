package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedStateJsonTest {
  @Test
  void roundTripsThroughJsonWithItsRememberedEntries() throws Exception {
    Instant now = Instant.parse("2026-11-24T12:00:00Z");
    byte[] seen = SeenEntries.encode(List.of(1L, -2L, 0x0123456789abcdefL));
    FeedState s =
        new FeedState(
            "http://127.0.0.1/f",
            null,
            "\"e1\"",
            null,
            42L,
            now,
            now,
            0,
            null,
            FeedState.OK,
            null,
            300,
            now,
            seen);
    JsonMapper json = JsonMapper.createDefault();
    FeedState back = json.readValue(json.writeValueAsBytes(s), FeedState.class);
    assertThat(back).isEqualTo(s);
    assertThat(SeenEntries.decode(back.seen())).containsExactly(1L, -2L, 0x0123456789abcdefL);
    assertThat(back.sameApartFromPollTimes(s.unchanged(now.plusSeconds(60)))).isTrue();
  }
}
