package dev.vigil.match.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.config.EntitySpec;
import dev.vigil.match.analysis.ArticleDocument;
import dev.vigil.match.analysis.VigilAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermRangeQuery;
import org.junit.jupiter.api.Test;

public class QueryFieldsTest {
  private static final EntitySpec ISIS =
      new EntitySpec(
          "isis", "Islamic State", "org", List.of("case:IS", "Daesh"), List.of("opera"), 5);

  private static Set<String> fields(String... queries) {
    QueryCompiler c = new QueryCompiler(VigilAnalyzer.forQuery(), Map.of("isis", ISIS));
    return QueryFields.of(
        List.of(queries).stream()
            .map(
                q -> {
                  try {
                    return c.compile(q);
                  } catch (QueryException e) {
                    throw new AssertionError(e);
                  }
                })
            .toList());
  }

  @Test
  void onlyTheFieldsTheQueriesRead() {
    assertThat(fields("wagner", "syri* AND army", "\"wagner group\" NEAR/3 mali"))
        .containsExactly("content");
    assertThat(fields("title:wagner OR tag:africa")).containsExactlyInAnyOrder("title", "tag");
  }

  @Test
  void notClausesCount() {
    assertThat(fields("wagner AND NOT author:smith AND NOT domain:bbc.co.uk"))
        .containsExactlyInAnyOrder("content", "author", "domain");
  }

  @Test
  void caseRegexAndKeywordFields() {
    assertThat(fields("case:US")).containsExactly("content_cs");
    assertThat(fields("title:case:IS")).containsExactly("title_cs");
    assertThat(fields("mali re:/SA-2[0-9]/ lang:en"))
        .containsExactlyInAnyOrder("content", "content_raw", "lang");
  }

  @Test
  void entitiesReadTheirCaseAliasesAndExclusions() {
    assertThat(fields("@isis")).containsExactlyInAnyOrder("content", "content_cs");
    assertThat(fields("title:@isis")).containsExactlyInAnyOrder("title", "title_cs");
  }

  @Test
  void anUnknownQueryReadsEverything() {
    assertThat(QueryFields.of(List.of(TermRangeQuery.newStringRange("tag", "a", "b", true, true))))
        .containsExactly("tag");
    Query opaque =
        new Query() {
          @Override
          public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
          }

          @Override
          public String toString(String field) {
            return "opaque";
          }

          @Override
          public boolean equals(Object o) {
            return o == this;
          }

          @Override
          public int hashCode() {
            return 1;
          }
        };
    assertThat(QueryFields.of(List.of(opaque))).isEqualTo(ArticleDocument.ALL_FIELDS);
    assertThat(QueryFields.of(List.of(new MatchAllDocsQuery()))).isEmpty();
  }
}
