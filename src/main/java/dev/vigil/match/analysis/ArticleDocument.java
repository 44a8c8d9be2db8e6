package dev.vigil.match.analysis;

import dev.vigil.article.Article;
import dev.vigil.match.entity.EntityTypeFilter;
import dev.vigil.match.entity.TaggedEntity;
import dev.vigil.match.query.QueryFields;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * How an article is laid out for matching. Text fields: {@code title}; {@code content} = title,
 * summary and body (the page's full text when it was fetched, else the feed's content); {@code
 * summary} = the feed's own text only; {@code title_cs} and {@code content_cs}, the same with case
 * kept; {@code author}; {@code feed} (feed title and URL); {@code tag} (categories). Keywords:
 * {@code lang} (guessed) and {@code domain} (the link's host and each parent domain). The raw
 * content is also kept as doc values for {@code re:} clauses, which read text rather than tokens.
 */
public final class ArticleDocument {
  public static final String TITLE = "title";
  public static final String CONTENT = "content";
  public static final String CONTENT_CS = "content_cs";
  public static final String SUMMARY = "summary";
  static final String TITLE_CS = "title_cs";
  public static final String AUTHOR = "author";
  public static final String FEED = "feed";
  public static final String TAG = "tag";
  public static final String LANG = "lang";
  public static final String DOMAIN = "domain";
  public static final String RAW = "content_raw";
  public static final Set<String> ALL_FIELDS =
      Set.of(TITLE, CONTENT, CONTENT_CS, TITLE_CS, SUMMARY, AUTHOR, FEED, TAG, LANG, DOMAIN, RAW);

  private ArticleDocument() {}

  public static boolean isKeyword(String field) {
    return LANG.equals(field) || DOMAIN.equals(field);
  }

  static boolean isCaseSensitive(String field) {
    return field.endsWith("_cs");
  }

  public static String content(Article a) {
    return a.title() + "\n\n" + a.summary() + "\n\n" + a.body();
  }

  /** The feed's own text: its summary and content, without the page's. */
  static String summary(Article a) {
    return a.summary() + "\n\n" + a.content();
  }

  public static Document of(Article a) {
    return of(a, ALL_FIELDS, List.of());
  }

  /**
   * Only the given fields (see {@link QueryFields}): each text field costs an analysis of its text,
   * and {@code lang} a language guess, whether or not any query reads it. With {@code tagged}, the
   * entities found in {@link #content}, as types at their words (see {@link EntityTypeFilter}).
   */
  public static Document of(Article a, Set<String> fields, List<TaggedEntity> tagged) {
    Document d = new Document();
    String content = content(a);
    if (fields.contains(TITLE)) {
      d.add(EntityTypeFilter.field(TITLE, a.title(), tagged));
    }
    if (fields.contains(CONTENT)) {
      d.add(EntityTypeFilter.field(CONTENT, content, tagged));
    }
    text(d, fields, CONTENT_CS, content);
    text(d, fields, TITLE_CS, a.title());
    text(d, fields, SUMMARY, summary(a));
    a.authors().forEach(v -> text(d, fields, AUTHOR, v));
    text(d, fields, FEED, fieldText(a, FEED));
    a.categories().forEach(v -> text(d, fields, TAG, v));
    if (fields.contains(LANG)) {
      d.add(new StringField(LANG, LanguageGuess.of(content), Field.Store.NO));
    }
    if (fields.contains(DOMAIN)) {
      domains(a.link()).forEach(v -> d.add(new StringField(DOMAIN, v, Field.Store.NO)));
    }
    if (fields.contains(RAW)) {
      d.add(new BinaryDocValuesField(RAW, new BytesRef(content)));
    }
    return d;
  }

  private static void text(Document d, Set<String> fields, String field, String value) {
    if (fields.contains(field)) {
      d.add(new TextField(field, value, Field.Store.NO));
    }
  }

  /**
   * The text a field's offsets point into. Values of a multi-valued field are joined with one
   * character, the offset gap the index puts between them.
   */
  public static String fieldText(Article a, String field) {
    return switch (field) {
      case TITLE, TITLE_CS -> a.title();
      case AUTHOR -> String.join("\n", a.authors());
      case TAG -> String.join("\n", a.categories());
      case FEED -> nullToEmpty(a.feedTitle()) + "\n" + nullToEmpty(a.feedUrl());
      case SUMMARY -> summary(a);
      default -> content(a);
    };
  }

  /** "www.bbc.co.uk" gives www.bbc.co.uk, bbc.co.uk, co.uk and uk, so domain:bbc.co.uk matches. */
  static List<String> domains(String link) {
    List<String> out = new ArrayList<>();
    String host;
    try {
      host = link == null ? null : URI.create(link.trim()).getHost();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    if (host == null) {
      return out;
    }
    host = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    for (int i = 0; ; ) {
      out.add(host.substring(i));
      int dot = host.indexOf('.', i);
      if (dot < 0) {
        return out;
      }
      i = dot + 1;
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
