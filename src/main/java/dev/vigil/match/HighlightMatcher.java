package dev.vigil.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;

/**
 * Lucene Monitor's {@link HighlightsMatch#MATCHER}, made cheaper in two ways, with the same
 * answers:
 *
 * <ul>
 *   <li>Each candidate query is rewritten once instead of for every article. The rewrite (which
 *       also walks the whole query to count its clauses) cost as much as running the query. The
 *       queries Vigil compiles (boolean, interval, term, match-all and {@link RegexTextQuery})
 *       rewrite the same whatever the index, so the first rewrite serves every article.
 *   <li>Within one article, each distinct clause is run once, however many rules contain it. The
 *       clauses of the rewritten boolean queries are interned (equal clauses of different rules
 *       become one instance); per article, a clause's matches are computed on first use and
 *       reused. A boolean query then matches, with the union of its clauses' hits, exactly as
 *       Lucene's BooleanWeight#matches decides: a prohibited clause that matches or a required
 *       one that does not rules it out, and at least the minimum number of optional clauses must
 *       match. Rules on one topic share most of their words, so most clause runs were repeats.
 * </ul>
 *
 * <p>{@link Highlights#spans} keeps and merges hits exactly as HighlightsMatch does: one per
 * start and end position in each field, the first one found winning.
 */
final class HighlightMatcher implements MatcherFactory<HighlightMatcher.Match> {
  /** A stale entry only costs memory; the bound keeps a long-lived rule set from growing. */
  private static final int MAX_CACHED = 1_000_000;
  private final Map<Key, Query> rewritten = new ConcurrentHashMap<>();
  private final Map<Query, Query> interned = new ConcurrentHashMap<>();

  /** Rewritten queries are cached by identity: the Monitor passes the same instance every time. */
  private record Key(Query query) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.query == query;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(query);
    }
  }

  /** Where a query matched: the clauses whose hits it reports, in the order found. */
  static final class Match extends QueryMatch {
    private final List<Clause> clauses;

    Match(String queryId, List<Clause> clauses) {
      super(queryId);
      this.clauses = clauses;
    }

    List<Clause> clauses() {
      return clauses;
    }
  }

  /**
   * Where one clause matched one article: its hits by field, in the order Lucene reports them.
   * Several rules' matches share it, so what is derived from it ({@link Highlights#spans}) is
   * worked out once and kept here.
   */
  static final class Clause {
    static final Clause NONE = new Clause();
    final List<String> fields = new ArrayList<>(1);
    final List<List<HighlightsMatch.Hit>> hits = new ArrayList<>(1);
    Map<String, Highlights.FieldHits> byField;
    List<TextSpan> spans;

    private static Clause of(Matches matches) throws IOException {
      Clause c = new Clause();
      for (String field : matches) {
        List<HighlightsMatch.Hit> hits = new ArrayList<>();
        MatchesIterator mi = matches.getMatches(field);
        while (mi.next()) {
          MatchesIterator sub = mi.getSubMatches();
          if (sub != null) {
            while (sub.next()) {
              hits.add(new HighlightsMatch.Hit(sub.startPosition(), sub.startOffset(), sub.endPosition(), sub.endOffset()));
            }
          } else {
            hits.add(new HighlightsMatch.Hit(mi.startPosition(), mi.startOffset(), mi.endPosition(), mi.endOffset()));
          }
        }
        c.fields.add(field);
        c.hits.add(hits);
      }
      return c;
    }
  }

  @Override
  public CandidateMatcher<Match> createMatcher(IndexSearcher searcher) {
    // The searcher is the one article's: nothing in it is worth caching, and the cache's wrapper
    // around every weight (and its bookkeeping per query) is not free.
    searcher.setQueryCache(null);
    Map<Query, Clause> clauses = new IdentityHashMap<>(1024);
    return new CandidateMatcher<>(searcher) {
      /** The document the clauses remembered are for (the Monitor matches one article at a time). */
      private int memoFor = -1;

      @Override
      protected void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) throws IOException {
        Query q = rewrite(searcher, matchQuery);
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
          for (int doc = 0; doc < ctx.reader().maxDoc(); doc++) {
            if (ctx.docBase + doc != memoFor) {
              clauses.clear();
              memoFor = ctx.docBase + doc;
            }
            List<Clause> found = new ArrayList<>();
            if (matches(q, ctx, doc, found)) {
              addMatch(new Match(queryId, found), ctx.docBase + doc);
            }
          }
        }
      }

      /** Whether {@code q} matches, adding the clauses whose hits it reports to {@code found}. */
      private boolean matches(Query q, LeafReaderContext ctx, int doc, List<Clause> found) throws IOException {
        if (!(q instanceof BooleanQuery b)) {
          Clause c = clauses.get(q);
          if (c == null) {
            Matches m = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1).matches(ctx, doc);
            c = m == null ? Clause.NONE : Clause.of(m);
            clauses.put(q, c);
          }
          if (c == Clause.NONE) {
            return false;
          }
          found.add(c);
          return true;
        }
        int before = found.size();
        int should = 0;
        boolean any = false;
        for (BooleanClause bc : b.clauses()) {
          List<Clause> sub = bc.isProhibited() ? new ArrayList<>() : found;
          boolean hit = matches(bc.getQuery(), ctx, doc, sub);
          if ((bc.isProhibited() && hit) || (bc.isRequired() && !hit)) {
            found.subList(before, found.size()).clear();
            return false;
          }
          any |= hit && !bc.isProhibited();
          should += hit && bc.getOccur() == BooleanClause.Occur.SHOULD ? 1 : 0;
        }
        if (should < b.getMinimumNumberShouldMatch() || !any) {
          found.subList(before, found.size()).clear();
          return false;
        }
        return true;
      }

      @Override
      public Match resolve(Match match1, Match match2) {
        List<Clause> both = new ArrayList<>(match1.clauses());
        both.addAll(match2.clauses());
        return new Match(match1.getQueryId(), both);
      }
    };
  }

  private Query rewrite(IndexSearcher searcher, Query q) throws IOException {
    Key key = new Key(q);
    Query r = rewritten.get(key);
    if (r == null) {
      r = intern(searcher.rewrite(q)); // a query that throws here (too many clauses) is not cached: it throws each time
      if (rewritten.size() >= MAX_CACHED) {
        rewritten.clear();
      }
      rewritten.put(key, r);
    }
    return r;
  }

  /** The query with each non-boolean clause replaced by the one instance of its equals class. */
  private Query intern(Query q) {
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      b.clauses().forEach(c -> out.add(intern(c.getQuery()), c.getOccur()));
      return out.build();
    }
    if (interned.size() >= MAX_CACHED) {
      interned.clear();
    }
    return interned.computeIfAbsent(q, k -> k);
  }
}
