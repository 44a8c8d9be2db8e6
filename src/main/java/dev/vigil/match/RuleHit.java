package dev.vigil.match;

import java.util.List;

/** One rule that matched an article, with the article text that made it match. */
public record RuleHit(String ruleId, List<String> channels, List<String> terms) {}
