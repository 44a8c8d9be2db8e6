package dev.vigil.match.query;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.TextSources;
import dev.vigil.match.entity.EntityQueries;
import dev.vigil.match.query.QueryNode.And;
import dev.vigil.match.query.QueryNode.EntityRef;
import dev.vigil.match.query.QueryNode.EntityType;
import dev.vigil.match.query.QueryNode.Keyword;
import dev.vigil.match.query.QueryNode.Near;
import dev.vigil.match.query.QueryNode.Not;
import dev.vigil.match.query.QueryNode.Or;
import dev.vigil.match.query.QueryNode.Prefix;
import dev.vigil.match.query.QueryNode.Regex;
import dev.vigil.match.query.QueryNode.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a parsed query into Lucene objects. AND / OR / NOT become a BooleanQuery; everything
 * positional (words, phrases, prefixes, entities, NEAR) becomes an interval source, wrapped in an
 * IntervalQuery at the point where it stops being positional.
 */
public final class QueryTranslator {
  private static final String REGEX_ALONE =
      "re:/.../ must be ANDed with at least one word, e.g. sa re:/SA-2[0-9]/, so it runs only on candidates";

  /** An interval source and the field whose positions it uses. */
  record Located(String field, IntervalsSource source) {}

  private final TextSources text;
  private final EntityQueries entities;

  QueryTranslator(TextSources text, EntityQueries entities) {
    this.text = text;
    this.entities = entities;
  }

  Query query(QueryNode n) throws QueryException {
    if (n instanceof And a) {
      return and(a);
    } else if (n instanceof Or o) {
      return or(o);
    } else if (n instanceof Not not) {
      throw new QueryException(not.column(), "a query cannot consist only of NOT clauses");
    } else if (n instanceof Regex r) {
      throw new QueryException(r.column(), REGEX_ALONE);
    } else if (n instanceof Keyword k) {
      return new TermQuery(new Term(k.field(), k.value().toLowerCase(Locale.ROOT)));
    } else if (n instanceof EntityRef e && e.field().equals(ArticleDocument.CONTENT)) {
      return aliases(e);
    }
    Located l = located(n);
    return new IntervalQuery(l.field(), l.source());
  }

  private Query and(And a) throws QueryException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    QueryNode regex = null;
    for (QueryNode c : a.clauses()) {
      if (c instanceof Not not) {
        b.add(not.clause() instanceof Regex r ? regex(r) : query(not.clause()), Occur.MUST_NOT);
        regex = not.clause() instanceof Regex ? not.clause() : regex;
      } else if (c instanceof Regex r) {
        b.add(regex(r), Occur.FILTER);
        regex = r;
      } else {
        b.add(query(c), Occur.MUST);
        positive = true;
      }
    }
    if (!positive) {
      throw regex != null
          ? new QueryException(regex.column(), REGEX_ALONE)
          : new QueryException(a.column(), "a query cannot consist only of NOT clauses");
    }
    return b.build();
  }

  private Query or(Or o) throws QueryException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (QueryNode c : o.clauses()) {
      if (c instanceof Not not) { // "a OR NOT b": everything except b
        b.add(
            new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(query(not.clause()), Occur.MUST_NOT)
                .build(),
            Occur.SHOULD);
      } else {
        b.add(query(c), Occur.SHOULD);
      }
    }
    return b.build();
  }

  /**
   * {@code @id} outside NEAR: any of its aliases, each the very query RuleSet registers to find
   * which alias matched. The matcher runs equal clauses once per article, so the rule then costs
   * nothing more than those alias queries; as one interval disjunction it was run again whole.
   */
  private Query aliases(EntityRef e) throws QueryException {
    List<Query> aliases;
    try {
      aliases = entities.aliasQueries(e.id(), e.field());
    } catch (QueryException ex) {
      throw new QueryException(e.column(), ex.reason());
    }
    if (aliases.size() == 1) {
      return aliases.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    aliases.forEach(a -> b.add(a, Occur.SHOULD));
    return b.build();
  }

  private Query regex(Regex r) throws QueryException {
    try {
      return new RegexTextQuery(ArticleDocument.RAW, Pattern.compile(r.pattern()));
    } catch (PatternSyntaxException e) {
      throw new QueryException(r.column() + 4, "bad regular expression: " + e.getDescription());
    }
  }

  /** The positional form of a node: what NEAR and the leaves are made of. */
  Located located(QueryNode n) throws QueryException {
    try {
      return locatedOrThrow(n);
    } catch (QueryException e) {
      throw e.column() > 0 ? e : new QueryException(n.column(), e.reason());
    }
  }

  private Located locatedOrThrow(QueryNode n) throws QueryException {
    if (n instanceof Text t) {
      return new Located(t.field(), textSource(t));
    } else if (n instanceof Prefix p) {
      return new Located(checkText(p.field(), p), text.prefix(p.field(), p.text()));
    } else if (n instanceof EntityRef e) {
      return new Located(checkText(e.field(), e), entities.ref(e.id(), e.field()));
    } else if (n instanceof EntityType e) {
      return new Located(checkText(e.field(), e), entities.type(e.type(), e.field()));
    } else if (n instanceof Near near) {
      return near(near);
    } else if (n instanceof Or o) {
      return anyOf(o);
    } else if (n instanceof And) {
      throw new QueryException(n.column(), "AND cannot be used inside NEAR; use NEAR or OR there");
    } else if (n instanceof Keyword k) {
      throw new QueryException(k.column(), k.field() + ": cannot be used inside NEAR");
    }
    throw new QueryException(
        n.column(), (n instanceof Not ? "NOT" : "re:") + " cannot be used inside NEAR");
  }

  private IntervalsSource textSource(Text t) throws QueryException {
    checkText(t.field(), t);
    IntervalsSource s = text.text(t.field(), t.text(), t.slop());
    if (s == null) {
      throw new QueryException(
          t.column(), "'" + t.text() + "' has no letters or digits to search for");
    }
    return s;
  }

  private static String checkText(String field, QueryNode n) throws QueryException {
    if (ArticleDocument.isKeyword(field)) {
      throw new QueryException(n.column(), field + ": takes one value, not an expression");
    }
    return field;
  }

  private Located near(Near n) throws QueryException {
    List<Located> two = sameSpace(List.of(located(n.left()), located(n.right())), n.column());
    IntervalsSource both = Intervals.unorderedNoOverlaps(two.get(0).source(), two.get(1).source());
    return new Located(two.get(0).field(), Intervals.maxgaps(n.distance(), both));
  }

  private Located anyOf(Or o) throws QueryException {
    List<Located> parts = new ArrayList<>();
    for (QueryNode c : o.clauses()) {
      parts.add(located(c));
    }
    parts = sameSpace(parts, o.column());
    return new Located(
        parts.get(0).field(), Intervals.or(parts.stream().map(Located::source).toList()));
  }

  /**
   * Sources must share positions to be combined: title with title_cs, content with content_cs
   * (fixField lets one field's source take part in the other's query), never title with content.
   */
  private static List<Located> sameSpace(List<Located> parts, int column) throws QueryException {
    String base = baseField(parts.get(0).field());
    List<Located> out = new ArrayList<>();
    for (Located l : parts) {
      if (!baseField(l.field()).equals(base)) {
        throw new QueryException(
            column,
            "both sides of NEAR must be in the same field ("
                + base
                + " and "
                + baseField(l.field())
                + ")");
      }
      out.add(
          l.field().equals(base)
              ? l
              : new Located(base, Intervals.fixField(l.field(), l.source())));
    }
    return out;
  }

  public static String baseField(String field) {
    return field.endsWith("_cs") ? field.substring(0, field.length() - 3) : field;
  }
}
