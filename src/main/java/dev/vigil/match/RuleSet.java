package dev.vigil.match;

import dev.vigil.article.Article;
import dev.vigil.config.ConfigException;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.MatchSettings;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.TextSources;
import dev.vigil.match.analysis.VigilAnalyzer;
import dev.vigil.match.engine.MatchEngine;
import dev.vigil.match.engine.QueryHit;
import dev.vigil.match.entity.EntityHit;
import dev.vigil.match.entity.EntityQueries;
import dev.vigil.match.entity.EntityTagger;
import dev.vigil.match.entity.EntityTypeFilter;
import dev.vigil.match.entity.TaggedEntity;
import dev.vigil.match.highlight.Highlights;
import dev.vigil.match.highlight.TextSpan;
import dev.vigil.match.query.QueryCompiler;
import dev.vigil.match.query.QueryException;
import dev.vigil.match.query.QueryFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.ArrayUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The matching stage's entry point: every rule compiled once into a Lucene Monitor, then each
 * article is matched against all of them at once. Each alias of each entity that a rule names is
 * registered too, so the same single pass says which entity matched through which alias.
 */
public final class RuleSet implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

  /** Enough letters for 11 million targets. */
  private static final int ID_WIDTH = 5;

  private final MatchEngine engine;
  private final Set<String> fields;

  /** What each Monitor query stands for, at the position its {@link #monitorId} encodes. */
  private final List<Target> targets;

  private final int size;
  private final EntityTagger tagger;
  private final Set<String> watchlistNames;

  private sealed interface Target permits Rules, Alias {}

  /**
   * The rules that compiled to one query, usually one: the Monitor runs the query once and each
   * rule gets its hit. Analysts of a team often watch the same query through different channels.
   */
  private record Rules(List<Rule> rules) implements Target {}

  /**
   * A rule, the entities it names (in id order: one lookup per hit), and its place among the rules
   * in id order, by which its hits are sorted.
   */
  private record Rule(RuleSpec spec, List<String> entityIds, int rank) {}

  /** What an alias query stands for. */
  private record Alias(EntitySpec entity, String alias) implements Target {}

  private RuleSet(
      MatchEngine engine,
      Set<String> fields,
      List<Target> targets,
      EntityTagger tagger,
      List<EntitySpec> entities) {
    this.engine = engine;
    this.fields = fields;
    this.targets = List.copyOf(targets);
    this.size = targets.stream().mapToInt(t -> t instanceof Rules r ? r.rules().size() : 0).sum();
    this.tagger = tagger;
    this.watchlistNames = EntityTypeFilter.watchlistNames(entities);
  }

  /**
   * The Monitor's id for the query of target {@code i}: {@link #ID_WIDTH} letters, the number in
   * base 26. For every candidate, the Monitor turns its ids into strings and looks the query up in
   * a hash map, and we turn the id back into a target with no hashing. Letter ids have distinct
   * {@code String} hashes (places that differ by at most 25 cannot cancel out in base 31), and so
   * do the Monitor's keys made from them ({@code id + "_0"}: the hash times 961, an odd number,
   * plus a constant), so each lookup compares one key. With base-36 ids it compared two to three, a
   * memory miss each. Fixed width, so that ids sort in registration order, which is the order the
   * Monitor finds candidates in (see {@code engine/QueryIdsFormat}).
   */
  public static String monitorId(int i) {
    char[] id = new char[ID_WIDTH];
    for (int p = ID_WIDTH - 1; p >= 0; p--, i /= 26) {
      id[p] = (char) ('a' + i % 26);
    }
    if (i != 0) {
      throw new IllegalArgumentException("more than 26^" + ID_WIDTH + " rules and aliases");
    }
    return new String(id);
  }

  /** The inverse of {@link #monitorId}. */
  static int targetIndex(String monitorId) {
    int i = 0;
    for (int p = 0; p < monitorId.length(); p++) {
      i = i * 26 + monitorId.charAt(p) - 'a';
    }
    return i;
  }

  private Target target(String monitorId) {
    return targets.get(targetIndex(monitorId));
  }

  /** Compiles every rule, for articles that no {@link EntityTagger} reads. */
  public static RuleSet compile(List<RuleSpec> rules, List<EntitySpec> entities) {
    return compile(rules, entities, EntityTagger.NONE);
  }

  /**
   * Compiles every rule. @throws ConfigException listing each rule that does not compile, with the
   * column and reason, and each entity whose aliases or exclusions have no words. {@code tagger}
   * reads each article before it is matched, so that {@code type:person} finds what it tags.
   */
  public static RuleSet compile(
      List<RuleSpec> rules, List<EntitySpec> entities, EntityTagger tagger) {
    return compile(rules, entities, tagger, MatchSettings.DEFAULT);
  }

  /**
   * As {@link #compile(List, List, EntityTagger)}, with {@code settings}' normalisation on both
   * sides.
   */
  public static RuleSet compile(
      List<RuleSpec> rules,
      List<EntitySpec> entities,
      EntityTagger tagger,
      MatchSettings settings) {
    Map<String, EntitySpec> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    QueryCompiler compiler =
        new QueryCompiler(VigilAnalyzer.forQuery(settings), byId, tagger.types());
    EntityQueries entityQueries =
        new EntityQueries(new TextSources(VigilAnalyzer.forQuery(settings)), byId);
    List<MonitorQuery> queries = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    Map<Query, Rules> same = new HashMap<>();
    Map<RuleSpec, Integer> rank = ranks(rules);
    for (int i = 0; i < rules.size(); i++) {
      RuleSpec r = rules.get(i);
      try {
        QueryCompiler.Compiled c = compiler.compileRule(r.query());
        Rules shared = same.get(c.query());
        if (shared == null) {
          shared = new Rules(new ArrayList<>());
          same.put(c.query(), shared);
          queries.add(new MonitorQuery(monitorId(targets.size()), c.query(), r.query(), Map.of()));
          targets.add(shared);
        }
        shared.rules().add(new Rule(r, List.copyOf(c.entityIds()), rank.get(r)));
        used.addAll(c.entityIds());
      } catch (QueryException e) {
        problems.add(
            "rules["
                + i
                + "].query (rule '"
                + r.id()
                + "'): "
                + e.getMessage()
                + " in '"
                + r.query()
                + "'");
      }
    }
    for (EntitySpec e : entities) {
      boolean named = used.contains(e.id());
      aliasQueries(
          e,
          entityQueries,
          named ? queries : new ArrayList<>(),
          named ? targets : new ArrayList<>(),
          problems);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    try {
      Set<String> fields = QueryFields.of(queries.stream().map(MonitorQuery::getQuery).toList());
      MatchEngine engine =
          MatchEngine.create(
              settings.engine(),
              VigilAnalyzer.forIndex(settings),
              targets.size(),
              RuleSet::targetIndex);
      RuleSet set = new RuleSet(engine, fields, targets, tagger, entities);
      set.engine.register(queries);
      return set;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each rule's position in id order (ties, which validation rules out, in list order). */
  private static Map<RuleSpec, Integer> ranks(List<RuleSpec> rules) {
    List<RuleSpec> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(RuleSpec::id));
    Map<RuleSpec, Integer> rank = new IdentityHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      rank.put(sorted.get(i), i);
    }
    return rank;
  }

  /** One Monitor query per alias, so a match names the alias; also checks the entity compiles. */
  private static void aliasQueries(
      EntitySpec e,
      EntityQueries q,
      List<MonitorQuery> out,
      List<Target> targets,
      List<String> problems) {
    List<String> names = e.names();
    for (int i = 0; i < names.size(); i++) {
      try {
        IntervalQuery alias = q.aliasQuery(e, names.get(i), ArticleDocument.CONTENT);
        out.add(new MonitorQuery(monitorId(targets.size()), alias, names.get(i), Map.of()));
        targets.add(new Alias(e, names.get(i)));
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
    return size;
  }

  /** The rules that match the article, ordered by rule id, with what matched and where. */
  public List<RuleHit> match(Article article) {
    List<TaggedEntity> tagged =
        tagger == EntityTagger.NONE ? List.of() : tagger.tag(ArticleDocument.content(article));
    MatchEngine.Result result;
    try {
      Document doc =
          ArticleDocument.of(
              article, fields, EntityTypeFilter.notOnWatchlist(tagged, watchlistNames));
      result = engine.match(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The Monitor reports a query that throws (e.g. a prefix with too many expansions in one
    // article) instead of failing the whole article; it then simply does not match.
    result
        .errors()
        .forEach(
            (id, e) ->
                LOG.atWarn()
                    .addKeyValue("rule_id", name(target(id)))
                    .addKeyValue("article_id", article.id())
                    .log("rule failed on article: {}", e.toString()));
    Highlights.Texts texts = new Highlights.Texts(article);
    Map<String, List<EntityHit>> found = new HashMap<>();
    List<QueryHit> ruleMatches = new ArrayList<>();
    List<QueryHit> aliasMatches = new ArrayList<>();
    for (QueryHit m : result.hits()) {
      (targets.get(m.slot()) instanceof Alias ? aliasMatches : ruleMatches).add(m);
    }
    // Slots are in registration order: an entity's aliases are listed in watchlist order.
    aliasMatches.sort(Comparator.comparingInt(QueryHit::slot));
    for (QueryHit m : aliasMatches) {
      Alias alias = (Alias) targets.get(m.slot());
      EntitySpec e = alias.entity();
      EntityHit h =
          new EntityHit(e.id(), e.name(), e.type(), alias.alias(), Highlights.spans(texts, m));
      found.computeIfAbsent(h.entityId(), k -> new ArrayList<>()).add(h);
    }
    List<RuleHit> hits = new ArrayList<>();
    long[] order = new long[8];
    for (QueryHit m : ruleMatches) {
      for (Rule rule : ((Rules) targets.get(m.slot())).rules()) {
        order = ArrayUtil.grow(order, hits.size() + 1);
        order[hits.size()] = (long) rule.rank() << 32 | hits.size();
        hits.add(ruleHit(texts, rule, m, found, tagged));
      }
    }
    return inRankOrder(hits, order);
  }

  /** The hits ordered by their rules' ids: {@code order} holds each hit's rank and index. */
  private static List<RuleHit> inRankOrder(List<RuleHit> hits, long[] order) {
    Arrays.sort(order, 0, hits.size());
    List<RuleHit> sorted = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      sorted.add(hits.get((int) order[i]));
    }
    return sorted;
  }

  /**
   * The ids of the rules a Monitor query stands for (several when they compiled alike), or the
   * entity's.
   */
  private static String name(Target t) {
    return t instanceof Rules r
        ? r.rules().stream().map(x -> x.spec().id()).collect(Collectors.joining(","))
        : "@" + ((Alias) t).entity().id();
  }

  private RuleHit ruleHit(
      Highlights.Texts texts,
      Rule rule,
      QueryHit m,
      Map<String, List<EntityHit>> found,
      List<TaggedEntity> tagged) {
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
    return new RuleHit(
        spec.id(),
        spec.channels(),
        Highlights.terms(texts, spans),
        spans,
        Highlights.snippet(texts, spans),
        named,
        tagged,
        spec.stories());
  }

  @Override
  public void close() throws IOException {
    engine.close();
  }
}
