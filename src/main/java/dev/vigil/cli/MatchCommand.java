package dev.vigil.cli;

import dev.vigil.article.Article;
import dev.vigil.article.Page;
import dev.vigil.config.ConfigException;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.fulltext.ArticlePages;
import dev.vigil.match.RuleHit;
import dev.vigil.match.RuleSet;
import dev.vigil.match.entity.EntityTaggers;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints which rules match one article, and the text that made them match. */
@Command(
    name = "match",
    description =
        "Show which rules match an article (JSON file, - for stdin, or the URL of an article"
            + " page, fetched and extracted as the full-text stage does).")
public class MatchCommand implements Callable<Integer> {
  @Option(
      names = "--rules",
      required = true,
      description = "A file with rules: and entities: (e.g. vigil.yml)")
  Path rules;

  @Parameters(paramLabel = "ARTICLE.json|-|URL")
  String article;

  @Override
  public Integer call() throws IOException {
    JsonMapper json = JsonMapper.createDefault();
    VigilConfig c;
    try {
      c = ConfigLoader.load(rules);
    } catch (ConfigException e) {
      e.problems().forEach(System.err::println);
      return 2;
    }
    Article a;
    if (article.startsWith("http://") || article.startsWith("https://")) {
      ArticlePages pages = new ArticlePages(c.poller(), c.fulltext(), Clock.systemUTC());
      Page page = pages.fetch(article);
      if (!page.hasText()) {
        System.err.println(article + ": no article text: " + page.status());
        return 2;
      }
      a = pages.article(article, page);
    } else {
      try {
        byte[] bytes =
            article.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(article));
        a = json.readValue(bytes, Article.class);
      } catch (IOException e) {
        System.err.println(article + ": not an article in JSON: " + e.getMessage());
        return 2;
      }
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
