package dev.vigil.match.entity;

import dev.vigil.config.EntitySpec;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * Indexes what an {@link EntityTagger} found as synonyms of the words it found them in: each word
 * of "Vladimir Putin" also gets the token {@code type:person} at its own position. A query's {@code
 * type:person} is then the interval term {@link #term term("person")}, so it takes part in NEAR
 * like any word. No analysed word can contain a colon (the analyzer splits at punctuation), so
 * these tokens never collide with article text.
 */
public final class EntityTypeFilter extends TokenFilter {
  private static final String PREFIX = "type:";

  private final List<TaggedEntity> entities;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private final Set<String> atPosition = new HashSet<>();
  private State word;

  private EntityTypeFilter(TokenStream in, List<TaggedEntity> entities) {
    super(in);
    this.entities = entities;
  }

  /** The indexed token for {@code type:<queryType>}. */
  static String term(String queryType) {
    return PREFIX + queryType;
  }

  /**
   * A text field, with the types of {@code entities} (offsets into {@code text}, or into a text
   * that starts with it, as the content starts with the title) added at their words' positions.
   */
  public static Field field(String name, String text, List<TaggedEntity> entities) {
    if (entities.isEmpty()) {
      return new TextField(name, text, Field.Store.NO);
    }
    List<TaggedEntity> byStart = new ArrayList<>(entities);
    byStart.sort(Comparator.comparingInt(TaggedEntity::start));
    // Analysed when indexed, with the index's analyzer, like a plain text field: a stream made
    // now would hold a reused analyzer's components until then.
    return new Field(name, text, TextField.TYPE_NOT_STORED) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return new EntityTypeFilter(analyzer.tokenStream(name, text), byStart);
      }
    };
  }

  /** The watchlist's names and aliases, as {@link #notOnWatchlist} compares them. */
  public static Set<String> watchlistNames(Collection<EntitySpec> watchlist) {
    Set<String> names = new HashSet<>();
    for (EntitySpec e : watchlist) {
      e.names()
          .forEach(
              n ->
                  names.add(
                      key(
                          n.startsWith(EntityQueries.CASE_PREFIX)
                              ? n.substring(EntityQueries.CASE_PREFIX.length())
                              : n)));
    }
    return names;
  }

  /**
   * What to index as types: the tagged entities that are not a watchlist name or alias. Those are
   * left to the watchlist's own queries, which apply the entity's exclusions ("Wagner" beside
   * "opera" is not the Wagner Group, whatever a tagger says).
   */
  public static List<TaggedEntity> notOnWatchlist(
      List<TaggedEntity> tagged, Set<String> watchlistNames) {
    return tagged.stream().filter(e -> !watchlistNames.contains(key(e.text()))).toList();
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      posLen.setPositionLength(1);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (posInc.getPositionIncrement() > 0) {
      atPosition.clear(); // a new position: its types are still to add
    }
    for (TaggedEntity e : entities) {
      if (e.start() >= offset.endOffset()) {
        break;
      }
      String t = term(e.queryType());
      if (e.end() > offset.startOffset() && atPosition.add(t)) {
        pending.add(t);
      }
    }
    if (!pending.isEmpty()) {
      word = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    atPosition.clear();
    word = null;
  }
}
