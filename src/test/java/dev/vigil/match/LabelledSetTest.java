package dev.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import dev.vigil.config.WatchlistFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs src/test/resources/matching/labelled.yaml: every case is one rule (its query, or its entity
 * as {@code @id}) and one article. All rules are compiled into one RuleSet, as the daemon does.
 * Unambiguous cases must all be right; ambiguous ones (a reasonable analyst could expect either
 * answer) and known limitations are counted but do not fail the build. Per-category precision and
 * recall are printed and written to target/labelled-report.md.
 */
public class LabelledSetTest {
  public static final Path FILE = Path.of("src/test/resources/matching/labelled.yaml");

  public record Case(int n, Map<String, Object> raw) {
    public String id() {
      return String.format("case%03d", n);
    }

    public String query() {
      return raw.containsKey("entity") ? "@" + raw.get("entity") : (String) raw.get("q");
    }

    String category() {
      return (String) raw.get("cat");
    }

    boolean expected() {
      return Boolean.TRUE.equals(raw.get("match"));
    }

    boolean gated() {
      return !Boolean.TRUE.equals(raw.get("ambiguous")) && !raw.containsKey("limit");
    }

    public Article article() {
      return new Article(
          Article.SCHEMA,
          id(),
          str("feed_url", "https://feeds.example.org/world.xml"),
          str("feed", "Example World News"),
          id(),
          str("link", "https://www.example.org/news/" + n),
          str("title", ""),
          str("summary", ""),
          str("text", ""),
          list("author"),
          list("tags"),
          Instant.EPOCH,
          Instant.EPOCH,
          false);
    }

    private String str(String key, String dflt) {
      return raw.containsKey(key) ? String.valueOf(raw.get(key)) : dflt;
    }

    private List<String> list(String key) {
      Object v = raw.get(key);
      return v == null
          ? List.of()
          : v instanceof List<?> l
              ? l.stream().map(String::valueOf).toList()
              : List.of(String.valueOf(v));
    }
  }

  @SuppressWarnings("unchecked")
  public static List<Case> cases() throws IOException {
    Map<String, Object> root = new Yaml().load(Files.readString(FILE));
    List<Map<String, Object>> raw = (List<Map<String, Object>>) root.get("cases");
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      out.add(new Case(i + 1, raw.get(i)));
    }
    return out;
  }

  @Test
  void everyUnambiguousCaseIsRight() throws IOException {
    List<EntitySpec> entities = WatchlistFile.read(FILE);
    List<Case> cases = cases();
    List<RuleSpec> rules =
        cases.stream().map(c -> new RuleSpec(c.id(), c.query(), List.of("log"))).toList();
    Map<String, LabelledStats> stats = new TreeMap<>();
    LabelledStats total = new LabelledStats();
    List<String> wrong = new ArrayList<>();
    try (RuleSet set = RuleSet.compile(rules, entities)) {
      for (Case c : cases) {
        boolean got = set.match(c.article()).stream().anyMatch(h -> h.ruleId().equals(c.id()));
        stats
            .computeIfAbsent(c.category(), k -> new LabelledStats())
            .add(c.expected(), got, c.gated());
        total.add(c.expected(), got, c.gated());
        if (got != c.expected()) {
          String line =
              c.id()
                  + " ["
                  + c.category()
                  + "] "
                  + c.query()
                  + " expected "
                  + c.expected()
                  + (c.gated()
                      ? ""
                      : c.raw().containsKey("limit")
                          ? " (limit: " + c.raw().get("limit") + ")"
                          : " (ambiguous)");
          (c.gated() ? wrong : total.notes).add(line);
        }
      }
    }
    String report = LabelledStats.report(stats, total);
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/labelled-report.md"), report);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
    assertThat(wrong).as("unambiguous cases answered wrongly").isEmpty();
  }
}
