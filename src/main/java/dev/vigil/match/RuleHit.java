package dev.vigil.match;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One rule that matched an article, with the article text that made it match. */
@Serdeable
public record RuleHit(String ruleId, List<String> channels, List<String> terms) {}
