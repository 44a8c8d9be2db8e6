package dev.vigil.cli;

import dev.vigil.article.Article;
import dev.vigil.config.ConfigException;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.match.RuleHit;
import dev.vigil.match.RuleSet;
import dev.vigil.match.entity.EntityTaggers;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints which rules match one article, and the text that made them match. */
@Command(
    name = "match",
    description = "Show which rules match an article (JSON file, or - for stdin).")
public class MatchCommand implements Callable<Integer> {
  @Option(
      names = "--rules",
      required = true,
      description = "A file with rules: and entities: (e.g. vigil.yml)")
  Path rules;

  @Parameters(paramLabel = "ARTICLE.json|-")
  String article;

  @Override
  public Integer call() throws IOException {
    JsonMapper json = JsonMapper.createDefault();
    Article a;
    try {
      byte[] bytes =
          article.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(article));
      a = json.readValue(bytes, Article.class);
    } catch (IOException e) {
      System.err.println(article + ": not an article in JSON: " + e.getMessage());
      return 2;
    }
    VigilConfig c;
    try {
      c = ConfigLoader.load(rules);
    } catch (ConfigException e) {
      e.problems().forEach(System.err::println);
      return 2;
    }
    try (RuleSet set =
        RuleSet.compile(c.rules(), c.entities(), EntityTaggers.load(c.entities()), c.matching())) {
      List<RuleHit> hits = set.match(a);
      System.out.println(new String(json.writeValueAsBytes(hits), StandardCharsets.UTF_8));
      return hits.isEmpty() ? 1 : 0;
    } catch (ConfigException e) {
      e.problems().forEach(p -> System.err.println(rules + ": " + p));
      return 2;
    }
  }
}
