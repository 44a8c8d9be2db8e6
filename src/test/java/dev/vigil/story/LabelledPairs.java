package dev.vigil.story;

import dev.vigil.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The labelled pairs in src/test/resources/story/pairs.yaml (built by make_pairs.py). */
record LabelledPairs(Map<String, Article> articles, List<Pair> pairs) {
  record Pair(String a, String b, boolean same, String kind) {}

  @SuppressWarnings("unchecked")
  static LabelledPairs load() throws IOException {
    return load("/story/pairs.yaml");
  }

  /**
   * A labelled set on the test class path, such as {@code /story/template-pairs.yaml}, or a file.
   */
  @SuppressWarnings("unchecked")
  static LabelledPairs load(String resource) throws IOException {
    try (InputStream in =
        resource.startsWith("file:")
            ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(resource.substring(5)))
            : LabelledPairs.class.getResourceAsStream(resource)) {
      Map<String, Object> root = new Yaml().load(in);
      Map<String, Article> articles = new HashMap<>();
      for (Map<String, Object> a : (List<Map<String, Object>>) root.get("articles")) {
        String id = (String) a.get("id");
        articles.put(
            id,
            article(
                id,
                "https://" + id.replace('~', '-') + ".example/feed",
                (String) a.get("title"),
                (String) a.get("text")));
      }
      List<Pair> pairs =
          ((List<Map<String, Object>>) root.get("pairs"))
              .stream()
                  .map(
                      p ->
                          new Pair(
                              (String) p.get("a"),
                              (String) p.get("b"),
                              (Boolean) p.get("same"),
                              (String) p.get("kind")))
                  .toList();
      return new LabelledPairs(Map.copyOf(articles), pairs);
    }
  }

  static Article article(String id, String feedUrl, String title, String content) {
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    return new Article(
        Article.SCHEMA,
        id,
        feedUrl,
        "",
        id,
        "",
        title,
        "",
        content,
        List.of(),
        List.of(),
        t,
        t,
        false);
  }
}
