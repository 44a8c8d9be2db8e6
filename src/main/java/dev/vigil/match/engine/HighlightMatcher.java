package dev.vigil.match.engine;

import dev.vigil.match.RuleSet;
import dev.vigil.match.highlight.Highlights;
import dev.vigil.match.query.RegexTextQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lucene Monitor's {@link HighlightsMatch#MATCHER}, made cheaper in two ways, with the same
 * answers:
 *
 * <ul>
 *   <li>Each candidate query is rewritten once instead of for every article. The rewrite (which
 *       also walks the whole query to count its clauses) cost as much as running the query. The
 *       queries Vigil compiles (boolean, interval, term, match-all and {@link RegexTextQuery})
 *       rewrite the same whatever the index, so the first rewrite serves every article.
 *   <li>Within one article, each distinct clause is run once, however many rules contain it. Each
 *       rewritten query is kept as a plan: its non-boolean clauses are interned and numbered (equal
 *       clauses of different rules become one leaf), its boolean queries become arrays. Per
 *       article, a leaf's matches are computed on first use and kept, by number, in an array that
 *       each thread reuses from article to article. A boolean query then matches, with the union of
 *       its clauses' hits, exactly as Lucene's BooleanWeight#matches decides: a prohibited clause
 *       that matches or a required one that does not rules it out, and at least the minimum number
 *       of optional clauses must match. Rules on one topic share most of their words, so most
 *       clause runs were repeats.
 * </ul>
 *
 * <p>{@link Highlights#spans} keeps and merges hits exactly as HighlightsMatch does: one per start
 * and end position in each field, the first one found winning.
 */
public final class HighlightMatcher implements MatcherFactory<QueryHit> {
  private static final int MAX_CHAIN = 1024;

  /**
   * The plans of the queries registered under each Monitor id, at the position the id stands for
   * ({@link RuleSet#targetIndex}): an array read, where a map keyed by the query cost a few memory
   * misses per candidate. The Monitor splits a top-level OR into one query per clause under the
   * same id, hence a short chain per id, told apart by query identity (the Monitor passes the same
   * instance every time). Nodes are immutable, so a node lost to a race is only built again.
   */
  private final Planned[] plans;

  private final ToIntFunction<String> slot;

  /** The one leaf of each equals class of non-boolean clauses, numbered in order of first sight. */
  private final Map<Query, Leaf> leaves = new ConcurrentHashMap<>();

  private final AtomicInteger leafCount = new AtomicInteger();
  private final ThreadLocal<Memo> memos = ThreadLocal.withInitial(Memo::new);

  /**
   * @param slot the position, below {@code queries}, of the query with a given Monitor id
   */
  public HighlightMatcher(int queries, ToIntFunction<String> slot) {
    this.plans = new Planned[queries];
    this.slot = slot;
  }

  /** The plan of one query registered under a Monitor id, and of the others under that id. */
  private record Planned(Query query, Plan plan, Planned next, int length) {}

  /** A rewritten candidate query as it is run: a leaf clause, or a boolean query of plans. */
  private sealed interface Plan permits Leaf, Bool {}

  /** A non-boolean clause; equal clauses of different rules are one leaf, with one number. */
  private record Leaf(int id, Query query) implements Plan {}

  private record Bool(Plan[] clauses, BooleanClause.Occur[] occurs, int minimumShouldMatch)
      implements Plan {}

  /**
   * One thread's memo of the article it is matching: the clause of each leaf, valid where the
   * leaf's stamp is the current document's. Reused from article to article, so that nothing sized
   * by the rule set is allocated per article.
   */
  private static final class Memo {
    private Clause[] clauses = new Clause[0];
    private int[] stamps = new int[0];
    private int stamp;

    void next() {
      if (++stamp == 0) { // after 2^32 documents: no old stamp may pass for the new one
        Arrays.fill(stamps, 0);
        stamp = 1;
      }
    }

    Clause get(int id) {
      return id < stamps.length && stamps[id] == stamp ? clauses[id] : null;
    }

    void put(int id, Clause c) {
      if (id >= stamps.length) {
        int size = ArrayUtil.oversize(id + 1, Integer.BYTES);
        stamps = Arrays.copyOf(stamps, size);
        clauses = Arrays.copyOf(clauses, size);
      }
      stamps[id] = stamp;
      clauses[id] = c;
    }
  }

  @Override
  public CandidateMatcher<QueryHit> createMatcher(IndexSearcher monitorSearcher) {
    // Candidates run on the article's own searcher, with terms found by hash. Nothing in it is
    // worth caching, and the cache's wrapper around every weight (and its bookkeeping per query)
    // is not free. (Named so, as CandidateMatcher's own field `searcher` would shadow it.)
    IndexSearcher article = new IndexSearcher(new HashedTermsReader(onlyLeaf(monitorSearcher)));
    article.setQueryCache(null);
    Memo memo = memos.get();
    return new CandidateMatcher<>(monitorSearcher) {
      /** The document the memo is for (the Monitor matches one article at a time). */
      private int memoFor = -1;

      @Override
      protected void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata)
          throws IOException {
        int slot = HighlightMatcher.this.slot.applyAsInt(queryId);
        Plan plan = plan(article, slot, matchQuery);
        for (LeafReaderContext ctx : article.getIndexReader().leaves()) {
          for (int doc = 0; doc < ctx.reader().maxDoc(); doc++) {
            if (ctx.docBase + doc != memoFor) {
              memo.next();
              memoFor = ctx.docBase + doc;
            }
            List<Clause> found = new ArrayList<>();
            if (matches(plan, ctx, doc, found)) {
              addMatch(new QueryHit(queryId, slot, found), ctx.docBase + doc);
            }
          }
        }
      }

      /** Whether {@code p} matches, adding the clauses whose hits it reports to {@code found}. */
      private boolean matches(Plan p, LeafReaderContext ctx, int doc, List<Clause> found)
          throws IOException {
        if (p instanceof Leaf leaf) {
          Clause c = memo.get(leaf.id());
          if (c == null) {
            Matches m =
                article
                    .createWeight(leaf.query(), ScoreMode.COMPLETE_NO_SCORES, 1)
                    .matches(ctx, doc);
            c = m == null ? Clause.NONE : Clause.of(m);
            memo.put(leaf.id(), c);
          }
          if (c == Clause.NONE) {
            return false;
          }
          found.add(c);
          return true;
        }
        Bool b = (Bool) p;
        int before = found.size();
        int should = 0;
        boolean any = false;
        for (int i = 0; i < b.clauses().length; i++) {
          BooleanClause.Occur occur = b.occurs()[i];
          boolean prohibited = occur == BooleanClause.Occur.MUST_NOT;
          boolean hit = matches(b.clauses()[i], ctx, doc, prohibited ? new ArrayList<>() : found);
          if (prohibited
              ? hit
              : !hit
                  && (occur == BooleanClause.Occur.MUST || occur == BooleanClause.Occur.FILTER)) {
            found.subList(before, found.size()).clear();
            return false;
          }
          any |= hit && !prohibited;
          should += hit && occur == BooleanClause.Occur.SHOULD ? 1 : 0;
        }
        if (should < b.minimumShouldMatch() || !any) {
          found.subList(before, found.size()).clear();
          return false;
        }
        return true;
      }

      @Override
      public QueryHit resolve(QueryHit match1, QueryHit match2) {
        List<Clause> both = new ArrayList<>(match1.clauses());
        both.addAll(match2.clauses());
        return new QueryHit(match1.getQueryId(), match1.slot(), both);
      }
    };
  }

  private Plan plan(IndexSearcher searcher, int i, Query q) throws IOException {
    Planned head = plans[i];
    for (Planned p = head; p != null; p = p.next()) {
      if (p.query() == q) {
        return p.plan();
      }
    }
    Plan p =
        plan(
            searcher.rewrite(
                q)); // a query that throws here (too many clauses) is not kept: it throws each time
    // An id has as many queries as its OR has clauses; should instances ever change, start afresh.
    plans[i] =
        head == null || head.length() >= MAX_CHAIN
            ? new Planned(q, p, null, 1)
            : new Planned(q, p, head, head.length() + 1);
    return p;
  }

  /** The Monitor matches one article at a time, in a MemoryIndex: one leaf. */
  private static LeafReader onlyLeaf(IndexSearcher searcher) {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    if (leaves.size() != 1) {
      throw new IllegalStateException(
          "expected one article's index, got " + leaves.size() + " segments");
    }
    return leaves.get(0).reader();
  }

  /**
   * The rewritten query as a plan, each non-boolean clause replaced by the leaf of its equals
   * class.
   */
  private Plan plan(Query q) {
    if (q instanceof BooleanQuery b) {
      List<BooleanClause> clauses = b.clauses();
      Plan[] plans = new Plan[clauses.size()];
      BooleanClause.Occur[] occurs = new BooleanClause.Occur[clauses.size()];
      for (int i = 0; i < plans.length; i++) {
        plans[i] = plan(clauses.get(i).getQuery());
        occurs[i] = clauses.get(i).getOccur();
      }
      return new Bool(plans, occurs, b.getMinimumNumberShouldMatch());
    }
    return leaves.computeIfAbsent(q, k -> new Leaf(leafCount.getAndIncrement(), k));
  }
}
