package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.config.ConfigException;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The matching stage's entry point: every rule compiled once into a Lucene Monitor, then each
 * article is matched against all of them at once. Each alias of each entity that a rule names is
 * registered too (under an id no rule can have), so the same single pass says which entity
 * matched through which alias.
 */
public final class RuleSet implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);
  private static final String ENTITY_PREFIX = "@";
  private final Monitor monitor;
  private final HighlightMatcher matcher = new HighlightMatcher();
  private final Set<String> fields;
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final Map<String, Alias> aliases = new HashMap<>();
  private final EntityTagger tagger;
  private final Set<String> watchlistNames;

  /** A rule and the entities it names, in id order: one lookup per hit. */
  private record Rule(RuleSpec spec, List<String> entityIds) {}

  /** What an alias query stands for. */
  private record Alias(EntitySpec entity, String alias) {}

  private RuleSet(Monitor monitor, Set<String> fields, EntityTagger tagger, List<EntitySpec> entities) {
    this.monitor = monitor;
    this.fields = fields;
    this.tagger = tagger;
    this.watchlistNames = EntityTypeFilter.watchlistNames(entities);
  }

  /** Compiles every rule, for articles that no {@link EntityTagger} reads. */
  public static RuleSet compile(List<RuleSpec> rules, List<EntitySpec> entities) {
    return compile(rules, entities, EntityTagger.NONE);
  }

  /**
   * Compiles every rule. @throws ConfigException listing each rule that does not compile, with
   * the column and reason, and each entity whose aliases or exclusions have no words. {@code
   * tagger} reads each article before it is matched, so that {@code type:person} finds what it tags.
   */
  public static RuleSet compile(List<RuleSpec> rules, List<EntitySpec> entities, EntityTagger tagger) {
    Map<String, EntitySpec> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    QueryCompiler compiler = new QueryCompiler(VigilAnalyzer.forQuery(), byId, tagger.types());
    EntityQueries entityQueries = new EntityQueries(new TextSources(VigilAnalyzer.forQuery()), byId);
    List<MonitorQuery> queries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Set<String>> named = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      RuleSpec r = rules.get(i);
      try {
        QueryCompiler.Compiled c = compiler.compileRule(r.query());
        queries.add(new MonitorQuery(r.id(), c.query(), r.query(), Map.of()));
        named.put(r.id(), c.entityIds());
      } catch (QueryException e) {
        problems.add("rules[" + i + "].query (rule '" + r.id() + "'): " + e.getMessage() + " in '" + r.query() + "'");
      }
    }
    Set<String> used = new TreeSet<>();
    named.values().forEach(used::addAll);
    Map<String, Alias> aliases = new HashMap<>();
    for (EntitySpec e : entities) {
      aliasQueries(e, entityQueries, used.contains(e.id()) ? queries : new ArrayList<>(), aliases, problems);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    try {
      Set<String> fields = QueryFields.of(queries.stream().map(MonitorQuery::getQuery).toList());
      Monitor monitor = new Monitor(VigilAnalyzer.forIndex(), Presearchers.create(), QueryIdsFormat.monitorConfiguration());
      RuleSet set = new RuleSet(monitor, fields, tagger, entities);
      set.monitor.register(queries);
      rules.forEach(r -> set.rules.put(r.id(), new Rule(r, List.copyOf(named.get(r.id())))));
      set.aliases.putAll(aliases);
      return set;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One Monitor query per alias, so a match names the alias; also checks the entity compiles. */
  private static void aliasQueries(EntitySpec e, EntityQueries q, List<MonitorQuery> out, Map<String, Alias> ids,
      List<String> problems) {
    List<String> names = e.names();
    for (int i = 0; i < names.size(); i++) {
      try {
        IntervalQuery alias = new IntervalQuery(ArticleDocument.CONTENT, q.alias(e, names.get(i), ArticleDocument.CONTENT));
        String id = ENTITY_PREFIX + e.id() + "#" + i;
        out.add(new MonitorQuery(id, alias, names.get(i), Map.of()));
        ids.put(id, new Alias(e, names.get(i)));
      } catch (QueryException ex) {
        problems.add("entities (entity '" + e.id() + "'): " + ex.reason());
        return;
      }
    }
  }

  /** The article fields the rules read: the only ones each article is analysed for. */
  Set<String> fields() {
    return fields;
  }

  public int size() {
    return rules.size();
  }

  /** The rules that match the article, ordered by rule id, with what matched and where. */
  public List<RuleHit> match(Article article) {
    List<TaggedEntity> tagged = tagger == EntityTagger.NONE ? List.of()
        : tagger.tag(ArticleDocument.content(article));
    MatchingQueries<HighlightMatcher.Match> result;
    try {
      Document doc = ArticleDocument.of(article, fields, EntityTypeFilter.notOnWatchlist(tagged, watchlistNames));
      result = monitor.match(doc, matcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The Monitor reports a query that throws (e.g. a prefix with too many expansions in one
    // article) instead of failing the whole article; it then simply does not match.
    result.getErrors().forEach((id, e) -> LOG.atWarn().addKeyValue("rule_id", id)
        .addKeyValue("article_id", article.id()).log("rule failed on article: {}", e.toString()));
    Highlights.Texts texts = new Highlights.Texts(article);
    Map<String, List<EntityHit>> found = new HashMap<>();
    List<HighlightMatcher.Match> ruleMatches = new ArrayList<>();
    for (HighlightMatcher.Match m : result.getMatches()) {
      Alias alias = aliases.get(m.getQueryId());
      if (alias != null) {
        EntitySpec e = alias.entity();
        EntityHit h = new EntityHit(e.id(), e.name(), e.type(), alias.alias(), Highlights.spans(texts, m));
        found.computeIfAbsent(h.entityId(), k -> new ArrayList<>()).add(h);
      } else {
        ruleMatches.add(m);
      }
    }
    List<RuleHit> hits = new ArrayList<>();
    for (HighlightMatcher.Match m : ruleMatches) {
      hits.add(ruleHit(texts, m, found, tagged));
    }
    hits.sort(Comparator.comparing(RuleHit::ruleId));
    return hits;
  }

  private RuleHit ruleHit(Highlights.Texts texts, HighlightMatcher.Match m, Map<String, List<EntityHit>> found,
      List<TaggedEntity> tagged) {
    Rule rule = rules.get(m.getQueryId());
    List<EntityHit> named = new ArrayList<>();
    List<TextSpan> entitySpans = new ArrayList<>();
    for (String id : found.isEmpty() ? List.<String>of() : rule.entityIds()) {
      for (EntityHit e : found.getOrDefault(id, List.of())) {
        named.add(e);
        entitySpans.addAll(e.spans());
      }
    }
    List<TextSpan> spans = Highlights.widen(texts, Highlights.spans(texts, m), entitySpans);
    RuleSpec spec = rule.spec();
    return new RuleHit(spec.id(), spec.channels(), Highlights.terms(texts, spans), spans, Highlights.snippet(texts, spans),
        named, tagged);
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }
}
