package dev.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.article.Match;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {
  @Test
  void hasTheDocumentedShape() throws Exception {
    Article a =
        new Article(
            1,
            "a1",
            "https://news.example.org/world.rss",
            "Example World",
            "story-1",
            "https://news.example.org/world/1",
            "Hezbollah moves air defence",
            "An SA-22 near the border.",
            "",
            List.of("World Desk"),
            List.of("Middle East"),
            Instant.parse("2026-11-24T10:00:00Z"),
            Instant.parse("2026-11-24T10:01:00Z"),
            false);
    Match m =
        Match.of(
            "pantsir-hezbollah",
            List.of("ops"),
            List.of("Hezbollah", "SA-22"),
            a,
            Instant.parse("2026-11-24T10:01:02Z"));
    String json =
        new String(
            JsonMapper.createDefault().writeValueAsBytes(WebhookPayload.of(m)),
            StandardCharsets.UTF_8);
    System.out.println(json);
    assertThat(json)
        .startsWith("{\"version\":1,\"type\":\"vigil.alert\",\"alertId\":\"" + m.alertId() + "\"")
        .contains("\"rule\":{\"id\":\"pantsir-hezbollah\"}")
        .contains("\"terms\":[\"Hezbollah\",\"SA-22\"]")
        .contains("\"link\":\"https://news.example.org/world/1\"")
        .contains("\"published\":\"2026-11-24T10:00:00Z\"")
        .contains("\"matchedAt\":\"2026-11-24T10:01:02Z\"");
  }

  @Test
  void listsTheNamedEntities() throws Exception {
    Match plain = AlertSamples.match("g1", List.of("ops"), Instant.parse("2026-11-24T10:01:02Z"));
    Match m =
        Match.of(
            plain.ruleId(),
            plain.channels(),
            plain.terms(),
            plain.article(),
            plain.matchedAt(),
            plain.story(),
            "",
            List.of(),
            List.of(),
            List.of(new Match.NamedEntity("Dmitry Utkin", "person")));
    String json =
        new String(
            JsonMapper.createDefault().writeValueAsBytes(WebhookPayload.of(m)),
            StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"namedEntities\":[{\"text\":\"Dmitry Utkin\",\"type\":\"person\"}]");
    assertThat(AlertView.of(m, "desk", null))
        .containsEntry("namedEntitiesText", "Dmitry Utkin (person)");
    assertThat(
            JsonMapper.createDefault()
                .readValue(JsonMapper.createDefault().writeValueAsBytes(m), Match.class))
        .as("vigil.matches records keep them")
        .isEqualTo(m);
  }

  @Test
  void matchesWrittenBeforeNerStillRead() throws Exception {
    JsonMapper json = JsonMapper.createDefault();
    Match m = AlertSamples.match("g1", List.of("ops"), Instant.parse("2026-11-24T10:01:02Z"));
    String old =
        new String(json.writeValueAsBytes(m), StandardCharsets.UTF_8)
            .replace(",\"namedEntities\":[]", "");
    assertThat(old).doesNotContain("namedEntities");
    Match read = json.readValue(old, Match.class);
    assertThat(read.namedEntities()).isEmpty();
    assertThat(read).isEqualTo(m);
  }
}
