package dev.vigil.match;

import dev.vigil.article.MatchedArticle;
import dev.vigil.article.StorySignature;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The filter stage's internal record on {@code vigil.hits}: an article's matches of the rules of
 * one shard, on that shard's partition, whose consumer decides their stories. Matches whose rule
 * alerts on every copy arrive decided; the others have no story yet.
 *
 * @param shard the rule shard, which is also the partition the record is on
 * @param signature the article's story signature, computed once where it was matched; null when no
 *     match waits for a story decision
 */
@Serdeable
public record ArticleHits(int schema, int shard, StorySignature signature, MatchedArticle matched) {
  public static final int SCHEMA = 1;
}
