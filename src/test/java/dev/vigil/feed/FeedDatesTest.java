package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-01-15 10:30:00|2024-01-15T10:30:00Z",
        "2024-01-15 10:30:00 +0200|2024-01-15T08:30:00Z",
        "2024-01-15T10:30:00|2024-01-15T10:30:00Z",
        "Mon, 15 Jan 2024 10:30:00 +01:00|2024-01-15T09:30:00Z",
        "Monday, 15 January 2024 10:30:00 GMT|2024-01-15T10:30:00Z",
        "January 15, 2024 at 3:04 PM|2024-01-15T15:04:00Z",
        "Jan 15, 2024|2024-01-15T00:00:00Z",
        "Mon Jan 15 10:30:00 CET 2024|2024-01-15T09:30:00Z",
        "15.01.2024 10:30|2024-01-15T10:30:00Z",
        "2024/01/15 10:30:00 EDT|2024-01-15T14:30:00Z",
        "Tue, 16 Jan 2024 9:05:00 (UTC)|2024-01-16T09:05:00Z"
      })
  void oddFormats(String raw, String expected) {
    assertThat(FeedDates.parse(raw)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2024-13-45 10:00", "soon after lunch"})
  void nonsenseIsNull(String raw) {
    assertThat(FeedDates.parse(raw)).isNull();
  }
}
