package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import java.time.Instant;
import java.util.List;

/** Test articles and one-rule matching. */
public final class Articles {
  private Articles() {}

  /**
   * A filter over {@code rules} whose story decisions are kept in memory, in {@code shards} shards;
   * without grouping when {@code grouping} is false.
   */
  static ArticleFilter filter(
      java.util.function.Supplier<RuleSet> rules,
      boolean grouping,
      dev.vigil.story.EscalationRule escalation,
      java.time.Clock clock,
      int shards) {
    java.util.Map<String, dev.vigil.story.StoryIndexState.StoryState> saved =
        new java.util.concurrent.ConcurrentHashMap<>();
    StoryShards stories =
        new StoryShards(
            dev.vigil.story.StoryConfig.defaults(),
            shards,
            clock,
            new StoryShards.Store() {
              @Override
              public void save(dev.vigil.story.StoryIndexState.StoryState s) {
                saved.put(s.shard() + "/" + s.storyId(), s);
              }

              @Override
              public List<dev.vigil.story.StoryIndexState.StoryState> stored() {
                return List.copyOf(saved.values());
              }
            });
    return new ArticleFilter(
        rules,
        grouping ? new dev.vigil.story.Signer(dev.vigil.story.StoryConfig.defaults()) : null,
        grouping ? stories : null,
        escalation,
        clock,
        shards);
  }

  public static Article text(String title, String body) {
    return new Article(
        Article.SCHEMA,
        "id",
        "https://feeds.example.org/world.xml",
        "World News",
        "g",
        "https://www.example.org/a/1",
        title,
        "",
        body,
        List.of(),
        List.of(),
        Instant.EPOCH,
        Instant.EPOCH,
        false);
  }

  public static Article body(String body) {
    return text("", body);
  }

  static boolean matches(String query, Article a, List<EntitySpec> entities) {
    try (RuleSet set =
        RuleSet.compile(List.of(new RuleSpec("r", query, List.of("log"))), entities)) {
      return !set.match(a).isEmpty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static boolean matches(String query, String body) {
    return matches(query, body(body), List.of());
  }
}
