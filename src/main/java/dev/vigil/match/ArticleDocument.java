package dev.vigil.match;

import dev.vigil.article.Article;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/** How an article is laid out for matching: {@code title}, and {@code content} = title, summary and body. */
final class ArticleDocument {
  static final String TITLE = "title";
  static final String CONTENT = "content";
  static final Set<String> FIELDS = Set.of(TITLE, CONTENT);

  private ArticleDocument() {}

  static String content(Article a) {
    return a.title() + "\n\n" + a.summary() + "\n\n" + a.content();
  }

  static Document of(Article a) {
    Document d = new Document();
    d.add(new TextField(TITLE, a.title(), Field.Store.NO));
    d.add(new TextField(CONTENT, content(a), Field.Store.NO));
    return d;
  }

  static String fieldText(Article a, String field) {
    return TITLE.equals(field) ? a.title() : content(a);
  }
}
