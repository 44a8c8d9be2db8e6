package dev.vigil.match.highlight;

import dev.vigil.article.Article;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.engine.Clause;
import dev.vigil.match.engine.QueryHit;
import dev.vigil.match.query.QueryTranslator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.monitor.HighlightsMatch;

/** Turns the Monitor's highlight offsets into spans of article text, and cuts a snippet. */
public final class Highlights {
  static final int SNIPPET_CHARS = 200;

  /** The longest snippet of an article whose page was fetched: its hit's paragraph, up to this. */
  static final int PARAGRAPH_CHARS = 500;

  private static final int LEAD = 60;
  private static final Comparator<TextSpan> IN_ORDER =
      (x, y) -> {
        int c = x.field() == y.field() ? 0 : x.field().compareTo(y.field());
        return c != 0
            ? c
            : x.start() != y.start()
                ? Integer.compare(x.start(), y.start())
                : Integer.compare(x.end(), y.end());
      };

  private Highlights() {}

  /**
   * One article's field texts and snippets, each built once however many rules match it: the
   * content (title + summary + body) was otherwise rebuilt for every span and every snippet, which
   * made highlighting cost as much as matching on articles that many rules match.
   */
  public static final class Texts {
    final Article article;
    private final Map<String, String> fields = new HashMap<>();
    private final Map<Integer, String> snippets = new HashMap<>();

    /** By spans list: rules that share a clause share its spans (see {@link #spans}). */
    private final Map<List<TextSpan>, List<String>> terms = new IdentityHashMap<>();

    private final Map<List<TextSpan>, String> snippetOf = new IdentityHashMap<>();
    private Collapsed collapsed;

    public Texts(Article article) {
      this.article = article;
    }

    /** {@link ArticleDocument#fieldText}, memoised. */
    String field(String field) {
      String f =
          ArticleDocument.CONTENT_CS.equals(field) || ArticleDocument.RAW.equals(field)
              ? ArticleDocument.CONTENT
              : field;
      return fields.computeIfAbsent(f, k -> ArticleDocument.fieldText(article, k));
    }

    String content() {
      return field(ArticleDocument.CONTENT);
    }

    Collapsed collapsed() {
      if (collapsed == null) {
        collapsed = Collapsed.of(content());
      }
      return collapsed;
    }
  }

  /**
   * Spans in article order; hits on the case and raw fields are reported as their base field. A
   * span found twice (in content and content_cs) is merged into one by {@link #merged}. A match of
   * one clause gets the clause's spans, worked out once per article however many rules share the
   * clause.
   */
  public static List<TextSpan> spans(Texts a, QueryHit m) {
    List<Clause> clauses = m.clauses();
    if (clauses.size() != 1) {
      return spans(a, clauses);
    }
    return clauses.get(0).spans(() -> spans(a, clauses));
  }

  /**
   * One hit per start and end position in each field, the first one found winning (in clause order,
   * then in the order Lucene reports them), as HighlightsMatch keeps them. Each clause's hits are
   * put in position order once per article; a rule of several clauses merges them.
   */
  private static List<TextSpan> spans(Texts a, List<Clause> clauses) {
    List<TextSpan> out = new ArrayList<>();
    List<String> fields = new ArrayList<>(2);
    for (Clause c : clauses) {
      for (String field : byField(a, c).keySet()) {
        if (!fields.contains(field)) {
          fields.add(field);
        }
      }
    }
    fields.sort(null);
    for (String field : fields) {
      List<FieldHits> parts = new ArrayList<>(clauses.size());
      for (Clause c : clauses) {
        parts.add(byField(a, c).getOrDefault(field, FieldHits.NONE));
      }
      FieldHits.merge(parts, out);
    }
    out.sort(IN_ORDER);
    return merged(a, out);
  }

  /** A clause's hits in one field: positions (start, end) in order, and the span of each. */
  public record FieldHits(long[] positions, TextSpan[] spans) {
    static final FieldHits NONE = new FieldHits(new long[0], new TextSpan[0]);

    /**
     * Adds to {@code out} the spans of every position found in any part, from the first part that
     * has it; a span is null when its offsets do not fit the text.
     */
    static void merge(List<FieldHits> parts, List<TextSpan> out) {
      int[] next = new int[parts.size()];
      while (true) {
        int from = -1;
        long least = Long.MAX_VALUE;
        for (int p = 0; p < parts.size(); p++) {
          long[] positions = parts.get(p).positions();
          if (next[p] < positions.length && positions[next[p]] < least) {
            least = positions[next[p]];
            from = p;
          }
        }
        if (from < 0) {
          return;
        }
        TextSpan span = parts.get(from).spans()[next[from]];
        if (span != null) {
          out.add(span);
        }
        for (int p = 0; p < parts.size(); p++) {
          long[] positions = parts.get(p).positions();
          if (next[p] < positions.length && positions[next[p]] == least) {
            next[p]++;
          }
        }
      }
    }
  }

  /** The clause's hits by index field, in position order, one per position; once per article. */
  private static Map<String, FieldHits> byField(Texts a, Clause clause) {
    return clause.byField(c -> arrange(a, c));
  }

  private static Map<String, FieldHits> arrange(Texts a, Clause c) {
    Map<String, FieldHits> out = new HashMap<>();
    for (int i = 0; i < c.fields().size(); i++) {
      String field = reportedField(c.fields().get(i));
      String text = a.field(field);
      Set<HighlightsMatch.Hit> hits = new TreeSet<>(c.hits().get(i));
      long[] positions = new long[hits.size()];
      TextSpan[] spans = new TextSpan[hits.size()];
      int n = 0;
      for (HighlightsMatch.Hit h : hits) {
        positions[n] = ((long) h.startPosition << 32) | (h.endPosition & 0xFFFF_FFFFL);
        boolean fits =
            h.startOffset >= 0 && h.startOffset < h.endOffset && h.endOffset <= text.length();
        spans[n++] =
            fits
                ? new TextSpan(
                    field, h.startOffset, h.endOffset, text.substring(h.startOffset, h.endOffset))
                : null;
      }
      out.put(c.fields().get(i), new FieldHits(positions, spans));
    }
    return out;
  }

  /**
   * The Monitor reports each word of a phrase separately; words separated only by a space or
   * punctuation are joined back, so "PMC Wagner" and "SA-22" are one span each.
   */
  private static List<TextSpan> merged(Texts a, List<TextSpan> sorted) {
    List<TextSpan> out = new ArrayList<>();
    for (TextSpan s : sorted) {
      TextSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.field().equals(s.field()) && joins(a, last, s)) {
        String text = a.field(s.field());
        int end = Math.max(last.end(), s.end());
        out.set(
            out.size() - 1,
            new TextSpan(s.field(), last.start(), end, text.substring(last.start(), end)));
      } else {
        out.add(s);
      }
    }
    return List.copyOf(out); // immutable: RuleHit keeps it without another copy
  }

  private static boolean joins(Texts a, TextSpan left, TextSpan right) {
    if (right.start() <= left.end()) {
      return true;
    }
    if (right.start() - left.end() > 3) {
      return false;
    }
    String text = a.field(left.field());
    for (int i = left.end(); i < right.start(); ) {
      int c = text.codePointAt(i);
      if (c == '\n' || Character.isLetterOrDigit(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Lucene reports the shortest alias that matched ("Pantsir" inside "Pantsir-S1"); a rule span
   * inside a longer entity span found by the per-alias queries is widened to it.
   */
  public static List<TextSpan> widen(Texts a, List<TextSpan> spans, List<TextSpan> entitySpans) {
    if (entitySpans.isEmpty()) {
      return spans; // already sorted and merged by spans()
    }
    List<TextSpan> out = new ArrayList<>();
    for (TextSpan s : spans) {
      TextSpan w = s;
      for (TextSpan e : entitySpans) {
        if (e.field().equals(w.field()) && e.start() <= w.start() && e.end() >= w.end()) {
          w = e;
        }
      }
      out.add(w);
    }
    out.sort(IN_ORDER);
    return merged(a, out);
  }

  static String reportedField(String indexField) {
    return indexField.equals(ArticleDocument.RAW)
        ? ArticleDocument.CONTENT
        : QueryTranslator.baseField(indexField);
  }

  public static List<String> terms(Texts a, List<TextSpan> spans) {
    return a.terms.computeIfAbsent(spans, Highlights::terms);
  }

  private static List<String> terms(List<TextSpan> spans) {
    List<String> out = new ArrayList<>(spans.size());
    for (TextSpan s : spans) {
      if (!out.contains(s.text())) {
        out.add(s.text());
      }
    }
    return List.copyOf(out);
  }

  /**
   * About {@link #SNIPPET_CHARS} characters around the earliest span in the title or content (title
   * offsets are content offsets too), cut at word boundaries; the article's start if the rule
   * matched only other fields. When the article's page was fetched, the span's paragraph, up to
   * {@link #PARAGRAPH_CHARS}.
   */
  public static String snippet(Texts a, List<TextSpan> spans) {
    return a.snippetOf.computeIfAbsent(spans, s -> snippetFor(a, s));
  }

  private static String snippetFor(Texts a, List<TextSpan> spans) {
    int at = Integer.MAX_VALUE;
    for (TextSpan s : spans) {
      if (s.field().equals(ArticleDocument.TITLE) || s.field().equals(ArticleDocument.CONTENT)) {
        at = Math.min(at, s.start());
      }
    }
    return a.snippets.computeIfAbsent(at == Integer.MAX_VALUE ? 0 : at, k -> snippetAt(a, k));
  }

  private static String snippetAt(Texts a, int at) {
    String content = a.content();
    int lo = 0;
    int hi = content.length();
    int chars = SNIPPET_CHARS;
    if (a.article.page() != null && a.article.page().hasText()) {
      // A fetched page has paragraphs: the hit is shown in its own, up to a longer length.
      int start = content.lastIndexOf("\n\n", Math.max(0, at - 1));
      int end = content.indexOf("\n\n", at);
      lo = start < 0 ? 0 : start + 2;
      hi = end < 0 ? content.length() : end;
      chars = PARAGRAPH_CHARS;
    }
    int from = at - LEAD <= lo ? lo : Math.max(lo, wordStart(content, at - LEAD));
    int to = from + chars >= hi ? hi : Math.min(hi, wordEnd(content, from + chars));
    String body = a.collapsed().between(from, to).strip();
    return (isBlank(content, lo, from) ? "" : "…") + body + (isBlank(content, to, hi) ? "" : "…");
  }

  /**
   * A text with each run of whitespace made one space, and where each character of the original
   * went, so that a stretch of the original is collapsed by cutting the collapsed text: once per
   * article, rather than once per snippet. A run that begins before a stretch, or goes on after it,
   * leaves a space at its edge, which the snippet strips.
   */
  record Collapsed(String text, int[] at) {
    static Collapsed of(String s) {
      char[] out = new char[s.length()];
      int[] at = new int[s.length() + 1];
      int n = 0;
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        at[i] = n;
        char c = s.charAt(i);
        boolean ws = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        if (!ws || !space) {
          out[n++] = ws ? ' ' : c;
        }
        space = ws;
      }
      at[s.length()] = n;
      return new Collapsed(new String(out, 0, n), at);
    }

    /** {@code original.substring(from, to)} with its whitespace runs collapsed, edges aside. */
    String between(int from, int to) {
      return text.substring(at[from], at[to]);
    }
  }

  /** {@code s.substring(from, to).isBlank()} without the copy. */
  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int wordStart(String s, int i) {
    if (i == 0) {
      return 0;
    }
    int space = s.indexOf(' ', i);
    return space < 0 || space - i > 20 ? i : space + 1;
  }

  private static int wordEnd(String s, int i) {
    if (i >= s.length()) {
      return s.length();
    }
    int space = s.lastIndexOf(' ', i);
    return space < 0 || i - space > 20 ? i : space;
  }
}
