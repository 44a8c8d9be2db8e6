package dev.vigil.match.engine;

import dev.vigil.match.highlight.Highlights;
import dev.vigil.match.highlight.TextSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;

/**
 * One clause's hits in one article, by index field; they never change once read. What {@link
 * Highlights} works out from them is kept here once per article, since the rules that share the
 * clause share it too, and only through {@link #byField} and {@link #spans}.
 */
public final class Clause {
  static final Clause NONE = new Clause(List.of(), List.of());
  private final List<String> fields;
  private final List<List<HighlightsMatch.Hit>> hits;
  private Map<String, Highlights.FieldHits> byField;
  private List<TextSpan> spans;

  private Clause(List<String> fields, List<List<HighlightsMatch.Hit>> hits) {
    this.fields = Collections.unmodifiableList(fields);
    this.hits = Collections.unmodifiableList(hits);
  }

  /** The index fields the clause matched in, parallel to {@link #hits}. */
  public List<String> fields() {
    return fields;
  }

  public List<List<HighlightsMatch.Hit>> hits() {
    return hits;
  }

  /** The hits by field as {@code work} arranges them, worked out on the first call only. */
  public Map<String, Highlights.FieldHits> byField(
      Function<Clause, Map<String, Highlights.FieldHits>> work) {
    if (byField == null) {
      byField = work.apply(this);
    }
    return byField;
  }

  /** The clause's spans as {@code work} finds them, worked out on the first call only. */
  public List<TextSpan> spans(Supplier<List<TextSpan>> work) {
    if (spans == null) {
      spans = work.get();
    }
    return spans;
  }

  static Clause of(Matches matches) throws IOException {
    List<String> fields = new ArrayList<>(1);
    List<List<HighlightsMatch.Hit>> all = new ArrayList<>(1);
    for (String field : matches) {
      List<HighlightsMatch.Hit> hits = new ArrayList<>();
      MatchesIterator mi = matches.getMatches(field);
      while (mi.next()) {
        MatchesIterator sub = mi.getSubMatches();
        if (sub != null) {
          while (sub.next()) {
            hits.add(
                new HighlightsMatch.Hit(
                    sub.startPosition(), sub.startOffset(), sub.endPosition(), sub.endOffset()));
          }
        } else {
          hits.add(
              new HighlightsMatch.Hit(
                  mi.startPosition(), mi.startOffset(), mi.endPosition(), mi.endOffset()));
        }
      }
      fields.add(field);
      all.add(Collections.unmodifiableList(hits));
    }
    return new Clause(fields, all);
  }

  /** The hits of Lucene Monitor's own {@link HighlightsMatch}, as one clause. */
  static Clause of(HighlightsMatch match) {
    List<String> fields = new ArrayList<>(match.getFields());
    List<List<HighlightsMatch.Hit>> all = new ArrayList<>(fields.size());
    for (String field : fields) {
      all.add(List.copyOf(match.getHits(field)));
    }
    return new Clause(fields, all);
  }
}
