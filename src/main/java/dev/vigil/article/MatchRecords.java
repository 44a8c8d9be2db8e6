package dev.vigil.article;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * Reads a {@code vigil.matches} record of either layout: schema 3 ({@link MatchedArticle}, one per
 * article) or schema 2 and before (one {@link Match} per rule), written by older versions and read
 * until the topic's retention drops them.
 */
public final class MatchRecords {
  private MatchRecords() {}

  public static List<Match> read(JsonMapper json, byte[] value) throws IOException {
    JsonNode tree = json.readValue(value, JsonNode.class);
    JsonNode schema = tree.get("schema");
    if (schema != null && schema.isNumber() && schema.getIntValue() >= MatchedArticle.SCHEMA) {
      return json.readValueFromTree(tree, MatchedArticle.class).expand();
    }
    return List.of(json.readValueFromTree(tree, Match.class));
  }
}
