package dev.vigil.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether two articles whose texts overlap still report different events: the same stock sentences
 * around another place, actor, weapon or number ("Air raid alert in Kharkiv oblast" / "... in Odesa
 * oblast").
 *
 * <p>The two headlines-and-ledes are aligned word by word (longest common subsequence). Copies of
 * one story differ by insertions and deletions (a dateline, a byline, a dropped paragraph) and by
 * plain-word edits (spelling, copy-editing). Different events differ by a <em>substitution</em>: at
 * the same place in the shared text, each side has a fact the other article never uses (see {@link
 * #counts} for what counts as one). Another figure is another report too: a toll of 12 that became
 * 14 alerts again.
 */
final class FactsCompare {
  /**
   * A body this short (in words) is an alert or a teaser: its every word and number is the story.
   */
  static final int SHORT_BODY = 60;

  /** Words on each side of a difference, at most, for it to be one word put in place of another. */
  static final int TIGHT = 6;

  /** Equal words in a row that it takes to part two differences. */
  static final int ANCHOR = 3;

  private FactsCompare() {}

  /** Why {@code a} and {@code b} are different stories, or null when nothing tells them apart. */
  static String difference(Facts a, Facts b) {
    for (int[] h : hunks(a.words(), b.words())) {
      String why = substitution(a, h[0], h[1], b, h[2], h[3]);
      if (why != null) return why;
    }
    return figuresBeyondTheLede(a, b);
  }

  /**
   * Beyond the ledes, where texts are not aligned: each has a figure the other never gives (a toll
   * of 12 in one, 14 in the other). A copy cut short or without a paragraph lacks figures on one
   * side only.
   */
  private static String figuresBeyondTheLede(Facts a, Facts b) {
    List<String> onlyA = numbersUnknown(a, b), onlyB = numbersUnknown(b, a);
    return onlyA.isEmpty() || onlyB.isEmpty()
        ? null
        : String.join(" ", onlyA) + " / " + String.join(" ", onlyB);
  }

  private static List<String> numbersUnknown(Facts f, Facts other) {
    List<String> out = new ArrayList<>();
    for (String w : f.names()) {
      if (NumberWords.is(w) && !other.known().contains(w)) out.add(w);
    }
    return out;
  }

  /**
   * Where the two word sequences differ, as {from a, to a, from b, to b}, along their longest
   * common subsequence. Differences parted by fewer than {@link #ANCHOR} equal words are one: a
   * stray "in" or "the" common to two different sentences does not cut them into pieces.
   */
  static List<int[]> hunks(String[] a, String[] b) {
    // What both begin and end with needs no table: copies of one story differ in a few places.
    int lo = 0;
    while (lo < a.length && lo < b.length && a[lo].equals(b[lo])) lo++;
    int n = a.length, m = b.length;
    while (n > lo && m > lo && a[n - 1].equals(b[m - 1])) {
      n--;
      m--;
    }
    // The table of common-subsequence lengths, one row per word of a, in one array.
    int w = m - lo + 1;
    int[] lcs = new int[(n - lo + 1) * w];
    int[] hb = new int[m - lo];
    for (int j = lo; j < m; j++) hb[j - lo] = b[j].hashCode();
    for (int i = n - 1; i >= lo; i--) {
      int row = (i - lo) * w, below = row + w, ha = a[i].hashCode();
      for (int j = m - 1; j >= lo; j--) {
        int c = j - lo;
        lcs[row + c] =
            ha == hb[c] && a[i].equals(b[j])
                ? lcs[below + c + 1] + 1
                : Math.max(lcs[below + c], lcs[row + c + 1]);
      }
    }
    List<int[]> out = new ArrayList<>();
    int i = lo, j = lo;
    while (i < n || j < m) {
      int equal = 0;
      while (i < n && j < m && a[i].equals(b[j])) {
        i++;
        j++;
        equal++;
      }
      if (i == n && j == m) break;
      int i0 = i, j0 = j;
      while ((i < n || j < m) && !(i < n && j < m && a[i].equals(b[j]))) {
        if (j >= m || (i < n && lcs[(i - lo + 1) * w + j - lo] >= lcs[(i - lo) * w + j - lo + 1]))
          i++;
        else j++;
      }
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && equal < ANCHOR) {
        last[1] = i;
        last[3] = j;
      } else {
        out.add(new int[] {i0, i, j0, j});
      }
    }
    return out;
  }

  /**
   * The hunk a[i0,i1) replaced by b[j0,j1): a difference if each side brings a fact the other
   * lacks.
   */
  private static String substitution(Facts a, int i0, int i1, Facts b, int j0, int j1) {
    int p = i1 - i0, q = j1 - j0;
    // A paragraph dropped where a line was added, or a text cut where "Continue reading" follows:
    // not one fact in place of another. Nor what follows the end of a lead that was cut short.
    if (Math.max(p, q) > 2 * Math.min(p, q) + 4) return null;
    if ((a.cut() && i1 == a.words().length) || (b.cut() && j1 == b.words().length)) return null;
    // How two texts end, where one is cut short ("Full story on our website") and the other goes
    // on.
    if (i1 == a.words().length && j1 == b.words().length && Math.max(p, q) > Math.min(p, q) + 2)
      return null;
    boolean swap = p <= TIGHT && q <= TIGHT;
    boolean shortTexts = a.bodyLength() <= SHORT_BODY && b.bodyLength() <= SHORT_BODY;
    boolean figures = swap && hasKind(a, i0, i1, Facts.NUMBER) && hasKind(b, j0, j1, Facts.NUMBER);
    List<Integer> fromA = facts(a, i0, i1, b, j0, j1, swap, figures, shortTexts);
    List<Integer> fromB = facts(b, j0, j1, a, i0, i1, swap, figures, shortTexts);
    dropMoved(a, fromA, j0, j1, b);
    dropMoved(b, fromB, i0, i1, a);
    dropVariants(a, fromA, b, fromB);
    boolean apart = !fromA.isEmpty() && !fromB.isEmpty();
    // A word or two of the headline put for others: a name or number new to the other text is
    // enough ("JNIM claims attack" / "Katiba Macina claims attack", when the second calls it "a
    // JNIM faction").
    if (!apart && p <= 3 && q <= 3 && i1 <= a.titleLength() && j1 <= b.titleLength()) {
      apart =
          (named(a, fromA) && named(b, range(j0, j1)))
              || (named(b, fromB) && named(a, range(i0, i1)));
    }
    if (!apart) return null;
    boolean inHeadline =
        fromA.stream().anyMatch(k -> k < a.titleLength())
            || fromB.stream().anyMatch(k -> k < b.titleLength());
    return words(a, fromA) + " / " + words(b, fromB) + (inHeadline ? " in the headline" : "");
  }

  /**
   * Names and numbers of {@code f}'s words [from, to) that {@code other} does not use: a headline
   * rewritten from the same facts moves its names about. Where a few words are put for a few others
   * ({@code swap}), words whose kind is uncertain count too: a capitalised first word of the
   * headline ("Hamas fires rockets" / "Hezbollah fires rockets") and words of scripts without
   * capitals; and where a number is put for a number ({@code figures}), it counts even if the other
   * text has it elsewhere.
   */
  private static List<Integer> facts(
      Facts f,
      int from,
      int to,
      Facts other,
      int otherFrom,
      int otherTo,
      boolean swap,
      boolean figures,
      boolean shortTexts) {
    List<Integer> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (!counts(f, k, swap, shortTexts)) continue;
      // Where a few words of the body are put for others of the same kind, a name, number or date
      // counts even if the other text has it elsewhere ("Labour won" / "Reform UK won", each
      // naming both parties).
      byte kind = f.kinds()[k];
      boolean inPlace =
          (figures && kind == Facts.NUMBER)
              || (swap
                  && k >= f.titleLength()
                  && kind != Facts.PLAIN
                  && kind != Facts.MAYBE
                  && hasKind(other, otherFrom, otherTo, kind));
      boolean elsewhere = !inPlace && uses(other, f.words()[k], f.kinds()[k]);
      if (!elsewhere && !Acronyms.expands(f.words()[k], other.words())) out.add(k);
    }
    return out;
  }

  /**
   * Whether word {@code k} can tell two stories apart: a name, a number or a date anywhere; where a
   * few words are put for a few others ({@code swap}), also a word of uncertain kind (the
   * headline's capitalised first word, a word of a script without capitals) and a word of the
   * headline of four letters or more that the lede repeats ("drone attack" / "glide bomb attack"),
   * or of a headline with next to no text under it ("... attack on Jowhar market"); in the body of
   * a short text, which is its few facts, any word of four letters or more.
   */
  private static boolean counts(Facts f, int k, boolean swap, boolean shortTexts) {
    boolean inHeadline = k < f.titleLength();
    return switch (f.kinds()[k]) {
      case Facts.NAME, Facts.NUMBER, Facts.DATE -> true;
      case Facts.MAYBE -> swap && inHeadline;
      case Facts.UNCASED -> swap;
      default ->
          f.words()[k].length() >= 4
              && (inHeadline
                  ? swap && (f.bodyLength() < 10 || inLede(f, f.words()[k]))
                  : shortTexts);
    };
  }

  // A word of the headline that the lede repeats ("drone attack" in both) is what the story is
  // about; a verb of a rewritten headline ("strikes" / "hits") seldom is.
  private static boolean inLede(Facts f, String word) {
    for (int k = f.titleLength(); k < f.words().length; k++) {
      if (f.words()[k].equals(word) || Spellings.forms(f.words()[k], word)) return true;
    }
    return false;
  }

  /**
   * Whether any of the words is a name, a number or a date (by capitals: not in scripts without
   * them).
   */
  private static boolean named(Facts f, List<Integer> at) {
    return at.stream()
        .anyMatch(
            k ->
                f.kinds()[k] == Facts.NAME
                    || f.kinds()[k] == Facts.NUMBER
                    || f.kinds()[k] == Facts.DATE);
  }

  private static List<Integer> range(int from, int to) {
    return java.util.stream.IntStream.range(from, to).boxed().toList();
  }

  private static void dropVariants(Facts a, List<Integer> fromA, Facts b, List<Integer> fromB) {
    for (int x = fromA.size() - 1; x >= 0; x--) {
      for (int y = fromB.size() - 1; y >= 0; y--) {
        if (Spellings.variants(a.words()[fromA.get(x)], b.words()[fromB.get(y)])) {
          fromA.remove(x);
          fromB.remove(y);
          break;
        }
      }
    }
  }

  private static boolean hasKind(Facts f, int from, int to, byte kind) {
    for (int k = from; k < to; k++) {
      if (f.kinds()[k] == kind) return true;
    }
    return false;
  }

  /**
   * Drops the words that the other side of the difference has too: moved ("2026-06-04" /
   * "6/4/2026"), not replaced.
   */
  private static void dropMoved(
      Facts f, List<Integer> from, int otherFrom, int otherTo, Facts other) {
    from.removeIf(
        k -> {
          for (int j = otherFrom; j < otherTo; j++) {
            if (other.words()[j].equals(f.words()[k])) return true;
          }
          return false;
        });
  }

  /** Whether {@code other} has the word, or a spelling or inflection of it. */
  private static boolean uses(Facts other, String word, byte kind) {
    if (other.known().contains(word)) return true;
    for (String k : other.known()) {
      if (Spellings.variants(k, word) || (kind == Facts.PLAIN && Spellings.forms(k, word))) {
        return true;
      }
    }
    return false;
  }

  private static String words(Facts f, List<Integer> at) {
    return String.join(" ", at.stream().map(k -> f.words()[k]).toList());
  }
}
