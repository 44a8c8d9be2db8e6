package dev.vigil.feed;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code a == b [== c]} clause of an expectation, where each side is a literal (or a sum of
 * literals) or one of the fields ParsedFeed has. Feedparser returns titles as HTML or as plain text
 * depending on their declared type; ours are always HtmlText plain text, so an expected title
 * agrees when either reading of it (HtmlText.of or whitespace folding only) equals ours.
 */
final class ExpectClause {
  private static final Pattern FIELD =
      Pattern.compile("feed/(title|link)|entries/(\\d+)/(title|link)|encoding");

  /** A side of the comparison: our value ({@code field} set) or an expected literal. */
  private record Side(String field, String value) {}

  private ExpectClause() {}

  /**
   * True or false when the clause was understood, null when it is about something ParsedFeed lacks.
   */
  static Boolean evaluate(List<ExpectTokens.Token> clause, ParsedFeed feed, List<String> misses) {
    List<Side> sides = sides(clause, feed);
    if (sides == null || sides.size() < 2) {
      return null;
    }
    String kind = sides.stream().map(Side::field).filter(Objects::nonNull).findFirst().orElse(null);
    if (kind == null) {
      return null;
    }
    for (int i = 1; i < sides.size(); i++) {
      if (!same(kind, sides.get(i - 1), sides.get(i))) {
        misses.add(kind + ": expected " + show(sides) + ", ours differs");
        return false;
      }
    }
    return true;
  }

  private static List<Side> sides(List<ExpectTokens.Token> clause, ParsedFeed feed) {
    List<Side> sides = new ArrayList<>();
    String field = null;
    StringBuilder literal = new StringBuilder();
    boolean expectOperand = true;
    for (ExpectTokens.Token t : clause) {
      if (expectOperand && t.kind() == ExpectTokens.Kind.STRING && field == null) {
        literal.append(t.text());
      } else if (expectOperand
          && t.kind() == ExpectTokens.Kind.NAME
          && literal.isEmpty()
          && field == null
          && FIELD.matcher(t.text()).matches()) {
        field = t.text();
      } else if (!expectOperand && t.isOp("+") && field == null) {
        expectOperand = true;
        continue;
      } else if (!expectOperand && t.isOp("==")) {
        sides.add(
            field != null
                ? new Side(field, ours(field, feed))
                : new Side(null, literal.toString()));
        field = null;
        literal.setLength(0);
        expectOperand = true;
        continue;
      } else {
        return null;
      }
      expectOperand = false;
    }
    if (expectOperand) {
      return null;
    }
    sides.add(
        field != null ? new Side(field, ours(field, feed)) : new Side(null, literal.toString()));
    return sides;
  }

  private static String ours(String field, ParsedFeed feed) {
    Matcher m = FIELD.matcher(field);
    m.matches();
    if (m.group(1) != null) {
      return m.group(1).equals("title") ? feed.title() : feed.link();
    }
    if (m.group(2) != null) {
      int i = Integer.parseInt(m.group(2));
      if (i >= feed.entries().size()) {
        return null;
      }
      ParsedFeed.Entry e = feed.entries().get(i);
      return m.group(3).equals("title") ? e.title() : e.link();
    }
    return feed.encoding();
  }

  private static boolean same(String kind, Side a, Side b) {
    if (a.value() == null || b.value() == null) {
      return false;
    }
    if (kind.equals("encoding")) {
      return sameCharset(a.value(), b.value());
    }
    if (kind.endsWith("title") && (a.field() == null || b.field() == null)) {
      String ours = a.field() != null ? a.value() : b.value();
      String expected = a.field() != null ? b.value() : a.value();
      return ours.equals(HtmlText.of(expected)) || ours.equals(HtmlText.fold(expected));
    }
    return a.value().equals(b.value());
  }

  private static boolean sameCharset(String a, String b) {
    try {
      return Charset.forName(a).equals(Charset.forName(b));
    } catch (RuntimeException e) {
      return a.equalsIgnoreCase(b);
    }
  }

  private static String show(List<Side> sides) {
    return sides.stream()
        .map(s -> s.field() == null ? "'" + s.value() + "'" : s.field() + "=" + s.value())
        .reduce((x, y) -> x + " == " + y)
        .orElse("");
  }
}
