package dev.vigil.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Articles and matches on the wire: schema 3 carries the safe HTML, schema 2 records still read.
 */
class ArticleJsonTest {
  private final JsonMapper json = JsonMapper.createDefault();

  /** An article as schema 2 wrote it, without {@code html}. */
  private static final String SCHEMA_2 =
      """
      {"schema":2,"id":"a1","feedUrl":"http://127.0.0.1/f.rss","feedTitle":"F","guid":"g1",
       "link":"http://127.0.0.1/1","title":"T","summary":"S","content":"C","authors":["A"],
       "categories":["c"],"published":"2026-11-20T10:00:00Z","fetched":"2026-11-20T10:01:00Z","update":false}""";

  @Test
  void schema4RoundTripsWithItsHtmlAndPage() throws Exception {
    Article a =
        new Article(
            Article.SCHEMA,
            "a1",
            "http://127.0.0.1/f.rss",
            "F",
            "g1",
            "http://127.0.0.1/1",
            "T",
            "S",
            "C",
            "<p>C</p>",
            List.of("A"),
            List.of("c"),
            Instant.parse("2026-11-20T10:00:00Z"),
            Instant.parse("2026-11-20T10:01:00Z"),
            false);
    Article withPage =
        a.withPage(
            new Page(
                Page.FETCHED,
                null,
                "T",
                "Body one.\n\nBody two.",
                "<p>Body one.</p>",
                "A. Writer",
                "en",
                "http://127.0.0.1/1",
                null,
                null));

    assertThat(Article.SCHEMA).isEqualTo(4);
    assertThat(new String(json.writeValueAsBytes(a), StandardCharsets.UTF_8))
        .contains("\"html\":\"<p>C</p>\"");
    assertThat(json.readValue(json.writeValueAsBytes(a), Article.class)).isEqualTo(a);
    assertThat(json.readValue(json.writeValueAsBytes(withPage), Article.class)).isEqualTo(withPage);
    assertThat(withPage.body()).isEqualTo("Body one.\n\nBody two.");
    assertThat(a.page()).isNull();
    assertThat(a.body()).isEqualTo("C");
  }

  @Test
  void schema2RecordsReadWithAnEmptyHtml() throws Exception {
    Article a = json.readValue(SCHEMA_2.getBytes(StandardCharsets.UTF_8), Article.class);

    assertThat(a.schema()).isEqualTo(2);
    assertThat(a.html()).isEmpty();
    assertThat(a.content()).isEqualTo("C");
    assertThat(a.authors()).containsExactly("A");
    assertThat(a.page()).isNull();
  }

  @Test
  void matchesCarryingASchema2ArticleStillRead() throws Exception {
    String match =
        "{\"schema\":2,\"alertId\":\"x\",\"ruleId\":\"r\",\"channels\":[\"log\"],\"terms\":[\"T\"],"
            + "\"article\":"
            + SCHEMA_2
            + ",\"matchedAt\":\"2026-11-20T10:02:00Z\"}";

    Match m = json.readValue(match.getBytes(StandardCharsets.UTF_8), Match.class);

    assertThat(m.article().html()).isEmpty();
    assertThat(m.article().title()).isEqualTo("T");
  }
}
