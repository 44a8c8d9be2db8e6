package dev.vigil.match.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.match.analysis.VigilAnalyzer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the compiler rejects, and where it says the problem is. */
public class QuerySyntaxTest {
  private final QueryCompiler compiler = new QueryCompiler(VigilAnalyzer.forQuery(), Map.of());

  private void rejects(String query, int column, String reason) {
    assertThatThrownBy(() -> compiler.compile(query))
        .isInstanceOf(QueryException.class)
        .satisfies(e -> assertThat(((QueryException) e).column()).as("column").isEqualTo(column))
        .hasMessageContaining(reason);
  }

  @Test
  void precedenceIsOrThenAndThenNearThenNot() throws QueryException {
    QueryNode n = QuerySyntax.parse("a OR b c NEAR/3 d -e");
    assertThat(n).isInstanceOf(QueryNode.Or.class);
    QueryNode.And and = (QueryNode.And) ((QueryNode.Or) n).clauses().get(1);
    assertThat(and.clauses()).hasSize(3);
    assertThat(and.clauses().get(1)).isInstanceOf(QueryNode.Near.class);
    assertThat(and.clauses().get(2)).isInstanceOf(QueryNode.Not.class);
  }

  @Test
  void syntaxErrorsCarryTheirColumn() {
    rejects("", 0, "empty");
    rejects("wagner AND", 11, "expected a word");
    rejects("(wagner OR hezbollah", 1, "never closed");
    rejects("wagner)", 7, "no matching (");
    rejects("\"wagner group", 1, "quote is never closed");
    rejects("wagner NEAR hezbollah", 8, "NEAR needs a distance");
    rejects("sy*ria", 3, "trailing *");
    rejects("foo:bar", 1, "unknown field 'foo:'");
    rejects("title:", 7, "nothing after");
    rejects("\"a b\"~x", 6, "~ must be followed");
    rejects("OR wagner", 1, "expected a word");
  }

  @Test
  void semanticErrorsCarryTheirColumn() {
    rejects("NOT wagner", 1, "only of NOT");
    rejects("-wagner -hezbollah", 1, "only of NOT");
    rejects("wagner @nobody", 8, "unknown entity @nobody");
    rejects("type:weapon", 1, "no entity has type 'weapon'");
    rejects("re:/SA-2[0-9]/", 1, "must be ANDed");
    rejects("sa re:/SA-2[0-9/", 8, "bad regular expression");
    rejects("(a AND b) NEAR/3 c", 2, "AND cannot be used inside NEAR");
    rejects("title:a NEAR/3 b", 9, "same field");
    rejects("sy*", 1, "at least 3");
    rejects("lang:(en fr)", 6, "must be followed by a value");
    rejects("author:case:X", 8, "case: works only");
    rejects("\"!!\"", 1, "no letters or digits");
  }

  @Test
  void acceptsTheWholeLanguage() throws QueryException {
    for (String q :
        new String[] {
          "wagner",
          "\"wagner group\"",
          "wagner AND hezbollah",
          "wagner OR hezbollah",
          "wagner -opera",
          "wagner AND NOT opera",
          "(wagner OR prigozhin) mali",
          "wagner NEAR/5 hezbollah",
          "\"wagner mali\"~5",
          "syri*",
          "title:wagner",
          "content:(wagner OR mali)",
          "author:smith",
          "feed:reuters",
          "tag:\"middle east\"",
          "lang:en",
          "domain:bbc.co.uk",
          "case:US",
          "title:case:US",
          "sa re:/SA-2[0-9]/",
          "“Wagner Group”",
          "(wagner OR prigozhin) NEAR/10 (mali OR niger)",
          "case:US NEAR/3 army",
          "a && b || c",
          "9/11",
          "10:30",
          "\"\\\"quoted\\\" word\"",
          "(ceasefire NEAR/3 gaza) NEAR/5 hostages",
          "ukraine OR NOT russia",
          "case:U.S.",
          "sa re:/a\\/b/"
        }) {
      assertThat(compiler.compile(q)).as(q).isNotNull();
    }
  }
}
