package dev.vigil.match.entity;

import dev.vigil.config.EntitySpec;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.TextSources;
import dev.vigil.match.query.QueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.Query;

/**
 * Entities as interval sources: the OR of their aliases, each alias occurrence dropped when an
 * exclusion word is within the entity's window. The exclusion is per occurrence (Lucene's
 * notWithin), not per article, so an article about both Wagner's operas and the Wagner Group still
 * matches the group through its other mentions.
 */
public final class EntityQueries {
  static final String CASE_PREFIX = "case:";
  private final TextSources text;
  private final Map<String, EntitySpec> byId;
  private final Set<String> taggedTypes;

  public EntityQueries(TextSources text, Map<String, EntitySpec> byId) {
    this(text, byId, Set.of());
  }

  /**
   * @param taggedTypes what the article's {@link EntityTagger} finds besides the watchlist ({@link
   *     EntityTagger#types})
   */
  public EntityQueries(TextSources text, Map<String, EntitySpec> byId, Set<String> taggedTypes) {
    this.text = text;
    this.byId = byId;
    this.taggedTypes = taggedTypes;
  }

  /** {@code @id} in the given text field. */
  public IntervalsSource ref(String id, String field) throws QueryException {
    return entity(known(id), field);
  }

  /**
   * {@code @id} as one query per alias, in watchlist order: the very queries RuleSet registers to
   * find which alias matched ({@link #aliasQuery}), so that a rule naming the entity shares them.
   */
  public List<Query> aliasQueries(String id, String field) throws QueryException {
    EntitySpec e = known(id);
    List<Query> out = new ArrayList<>();
    for (String alias : e.names()) {
      out.add(aliasQuery(e, alias, field));
    }
    return out;
  }

  /** One alias with the entity's exclusions applied, as a query of its own. */
  public IntervalQuery aliasQuery(EntitySpec e, String alias, String field) throws QueryException {
    return new IntervalQuery(field, alias(e, alias, field));
  }

  private List<IntervalsSource> aliases(EntitySpec e, String field) throws QueryException {
    List<IntervalsSource> out = new ArrayList<>();
    for (String alias : e.names()) {
      out.add(alias(e, alias, field));
    }
    return out;
  }

  private EntitySpec known(String id) throws QueryException {
    EntitySpec e = byId.get(id);
    if (e == null) {
      throw new QueryException(
          0,
          "unknown entity @"
              + id
              + (byId.isEmpty()
                  ? " (no entities are defined)"
                  : " (known: " + new TreeSet<>(byId.keySet()) + ")"));
    }
    return e;
  }

  /**
   * {@code type:weapon}: any watchlist entity of the type, or, with a tagger, any words it tagged
   * so (indexed by {@link EntityTypeFilter}).
   */
  public IntervalsSource type(String type, String field) throws QueryException {
    List<IntervalsSource> all = new ArrayList<>();
    TreeSet<String> known = new TreeSet<>(taggedTypes);
    for (EntitySpec e : byId.values()) {
      known.add(e.type());
      if (e.type().equalsIgnoreCase(type)) {
        all.add(entity(e, field));
      }
    }
    String lower = type.toLowerCase(Locale.ROOT);
    if (!taggedTypes.isEmpty() && (!all.isEmpty() || taggedTypes.contains(lower))) {
      all.add(Intervals.term(EntityTypeFilter.term(lower)));
    }
    if (all.isEmpty()) {
      throw new QueryException(
          0,
          "no entity has type '" + type + "'" + (known.isEmpty() ? "" : " (types: " + known + ")"));
    }
    return all.size() == 1 ? all.get(0) : Intervals.or(all);
  }

  IntervalsSource entity(EntitySpec e, String field) throws QueryException {
    List<IntervalsSource> aliases = aliases(e, field);
    return aliases.size() == 1 ? aliases.get(0) : Intervals.or(aliases);
  }

  /** One alias with the entity's exclusions applied, in the positions of {@code field}. */
  IntervalsSource alias(EntitySpec e, String alias, String field) throws QueryException {
    IntervalsSource src = aliasOnly(e, alias, field);
    List<IntervalsSource> excluded = new ArrayList<>();
    for (String x : e.exclude()) {
      IntervalsSource s = text.text(field, x, -1);
      if (s == null) {
        throw new QueryException(0, "entity " + e.id() + ": exclusion '" + x + "' has no words");
      }
      excluded.add(s);
    }
    if (excluded.isEmpty()) {
      return src;
    }
    IntervalsSource any = excluded.size() == 1 ? excluded.get(0) : Intervals.or(excluded);
    return Intervals.notWithin(src, e.excludeWindow(), any);
  }

  private IntervalsSource aliasOnly(EntitySpec e, String alias, String field)
      throws QueryException {
    boolean exactCase = alias.startsWith(CASE_PREFIX);
    String words = exactCase ? alias.substring(CASE_PREFIX.length()) : alias;
    String caseField = field + "_cs";
    boolean caseFieldExists =
        field.equals(ArticleDocument.CONTENT) || field.equals(ArticleDocument.TITLE);
    IntervalsSource src =
        exactCase && caseFieldExists
            ? text.text(caseField, words, -1)
            : text.text(field, words, -1);
    if (src == null) {
      throw new QueryException(0, "entity " + e.id() + ": alias '" + alias + "' has no words");
    }
    // Both fields hold the same text with the same positions, so the two can be mixed.
    return exactCase && caseFieldExists ? Intervals.fixField(caseField, src) : src;
  }
}
