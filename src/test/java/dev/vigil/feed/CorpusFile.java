package dev.vigil.feed;

import dev.vigil.http.Fetcher;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One file of the conformance corpus with what manifest.jsonl says about it.
 *
 * @param path relative to the corpus folder, e.g. {@code feedparser/wellformed/rss/item_link.xml}
 * @param headers the HTTP response headers the file stands for (feedparser {@code http} cases only)
 */
record CorpusFile(
    Path root, String path, String expect, Map<String, String> headers, boolean gzip) {

  /** The table row: {@code feedparser/wellformed}, ..., or {@code node-feedparser}. */
  String folder() {
    String[] parts = path.split("/");
    return parts[0].equals("feedparser") ? parts[0] + "/" + parts[1] : parts[0];
  }

  byte[] bytes() throws IOException {
    byte[] raw = Files.readAllBytes(root.resolve(path));
    return gzip ? Fetcher.gunzip(raw, 64L << 20) : raw;
  }

  String header(String name) {
    return headers.entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /**
   * Upstream serves every feedparser file from a local HTTP server; relative links resolve against
   * that URL.
   */
  String baseUrl() {
    return path.startsWith("feedparser/")
        ? "http://127.0.0.1:8097/tests/" + path.substring("feedparser/".length())
        : "http://feeds.example.org/" + path;
  }

  @SuppressWarnings("unchecked")
  static List<CorpusFile> load(Path root) throws IOException {
    JsonMapper json = JsonMapper.createDefault();
    List<CorpusFile> files = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("manifest.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> m = json.readValue(line, Argument.mapOf(String.class, Object.class));
      Object headers = m.get("http_headers");
      files.add(
          new CorpusFile(
              root,
              (String) m.get("path"),
              (String) m.get("expect"),
              headers instanceof Map<?, ?> h ? (Map<String, String>) h : Map.of(),
              Boolean.TRUE.equals(m.get("gzip"))));
    }
    return files;
  }
}
