package dev.vigil.match;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Lucene Monitor's {@link HighlightsMatch#MATCHER}, except that each candidate query is rewritten
 * once instead of for every article. The rewrite (which also walks the whole query to count its
 * clauses) cost as much as running the query: about a third of the matcher's time. The queries
 * Vigil compiles (boolean, interval, term, match-all and {@link RegexTextQuery}) rewrite the same
 * whatever the index, so the first rewrite serves every article. Hits are kept and merged exactly
 * as HighlightsMatch keeps them: one per start and end position in each field, the first one
 * found winning.
 */
final class HighlightMatcher implements MatcherFactory<HighlightMatcher.Match> {
  /** A stale entry only costs memory; the bound keeps a long-lived rule set from growing. */
  private static final int MAX_CACHED = 1_000_000;
  private final Map<Key, Query> rewritten = new ConcurrentHashMap<>();

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

  /** Where a query matched, by field: as {@link HighlightsMatch}, whose constructor is not public. */
  static final class Match extends QueryMatch {
    private final Map<String, Set<HighlightsMatch.Hit>> hits = new TreeMap<>();

    Match(String queryId) {
      super(queryId);
    }

    Set<String> fields() {
      return hits.keySet();
    }

    Collection<HighlightsMatch.Hit> hits(String field) {
      return hits.getOrDefault(field, Set.of());
    }

    private void add(String field, HighlightsMatch.Hit hit) {
      hits.computeIfAbsent(field, f -> new TreeSet<>()).add(hit);
    }

    private static Match merge(Match first, Match second) {
      Match m = new Match(first.getQueryId());
      for (Match from : List.of(first, second)) {
        from.hits.forEach((field, set) -> m.hits.computeIfAbsent(field, f -> new TreeSet<>()).addAll(set));
      }
      return m;
    }
  }

  @Override
  public CandidateMatcher<Match> createMatcher(IndexSearcher searcher) {
    // The searcher is the one article's: nothing in it is worth caching, and the cache's wrapper
    // around every weight (and its bookkeeping per query) is not free.
    searcher.setQueryCache(null);
    return new CandidateMatcher<>(searcher) {
      @Override
      protected void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) throws IOException {
        Weight w = searcher.createWeight(rewrite(searcher, matchQuery), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
          for (int i = 0; i < ctx.reader().maxDoc(); i++) {
            Matches matches = w.matches(ctx, i);
            if (matches != null) {
              addMatch(build(matches, queryId), i);
            }
          }
        }
      }

      @Override
      public Match resolve(Match match1, Match match2) {
        return Match.merge(match1, match2);
      }
    };
  }

  private Query rewrite(IndexSearcher searcher, Query q) throws IOException {
    Key key = new Key(q);
    Query r = rewritten.get(key);
    if (r == null) {
      r = searcher.rewrite(q); // a query that throws here (too many clauses) is not cached: it throws each time
      if (rewritten.size() >= MAX_CACHED) {
        rewritten.clear();
      }
      rewritten.put(key, r);
    }
    return r;
  }

  private static Match build(Matches matches, String queryId) throws IOException {
    Match m = new Match(queryId);
    for (String field : matches) {
      MatchesIterator mi = matches.getMatches(field);
      while (mi.next()) {
        MatchesIterator sub = mi.getSubMatches();
        if (sub != null) {
          while (sub.next()) {
            m.add(field, new HighlightsMatch.Hit(sub.startPosition(), sub.startOffset(), sub.endPosition(), sub.endOffset()));
          }
        } else {
          m.add(field, new HighlightsMatch.Hit(mi.startPosition(), mi.startOffset(), mi.endPosition(), mi.endOffset()));
        }
      }
    }
    return m;
  }
}
