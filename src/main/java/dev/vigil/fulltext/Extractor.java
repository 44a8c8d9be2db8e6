package dev.vigil.fulltext;

import dev.vigil.article.SafeHtml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from a page: its metadata from structured data and meta tags, and its body
 * from the page's markup ({@link ContentFinder}) or, when the markup yields less, from the JSON-LD
 * {@code articleBody}. Thread-safe; one instance serves every page.
 */
public final class Extractor {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Extracts from {@code html}, resolving links against {@code url} (may be empty). */
  public Extraction extract(String html, String url) {
    return extract(Jsoup.parse(html, url == null ? "" : url), url);
  }

  /**
   * Extracts from a page's bytes. The charset is the {@code Content-Type} header's when it names
   * one the JVM knows; else UTF-8 when the bytes are valid UTF-8 (pages that declare another
   * charset in {@code <meta>} and are saved as UTF-8 are common); else the page's byte order mark
   * or {@code <meta charset>}; else the feed reader's statistical guess.
   */
  public Extraction extract(byte[] body, String contentType, String url) {
    String base = url == null ? "" : url;
    try {
      String charset = HttpCharset.of(contentType);
      if (charset == null) {
        charset = HttpCharset.undeclared(body);
      }
      return extract(Jsoup.parse(new ByteArrayInputStream(body), charset, base), url);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail to read
    }
  }

  private Extraction extract(Document doc, String url) {
    PageMetadata.Meta meta = PageMetadata.read(doc);
    Element content = ContentFinder.find(doc);
    List<String> paragraphs = content == null ? List.of() : PageText.paragraphs(content);
    String text = String.join("\n\n", dropTitle(paragraphs, meta.title()));
    String html1 = content == null ? "" : SafeHtml.of(content, url == null ? "" : url);
    String source = text.isEmpty() ? "none" : "page";
    String structured = meta.body();
    if (structured != null && prefer(structured, text)) {
      text = String.join("\n\n", paragraphs(structured));
      html1 = SafeHtml.ofText(text);
      source = "structured-data";
    }
    return new Extraction(
        meta.title() == null ? "" : meta.title(),
        text,
        html1,
        meta.byline(),
        meta.published(),
        meta.language(),
        meta.canonical(),
        meta.image(),
        source);
  }

  /**
   * The JSON-LD body wins when the markup gave markedly less of it: most of its words are missing
   * from what the markup gave (a page that builds its text with scripts, or hides it).
   */
  private static boolean prefer(String structured, String fromPage) {
    Set<String> page = new HashSet<>(words(fromPage));
    List<String> body = words(structured);
    if (body.size() < 30) {
      return false;
    }
    long covered = body.stream().filter(page::contains).count();
    return covered < 0.8 * body.size();
  }

  private static List<String> words(String s) {
    return WORD.matcher(s.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
  }

  /** Paragraphs of a structured body: its own line breaks, if it has any. */
  private static List<String> paragraphs(String body) {
    return Arrays.stream(body.split("\\s*\\n\\s*(\\n\\s*)*"))
        .map(p -> p.replaceAll("\\s+", " ").trim())
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /** The headline repeated at the start of the body is not body text. */
  private static List<String> dropTitle(List<String> paragraphs, String title) {
    if (!paragraphs.isEmpty() && title != null && paragraphs.get(0).equalsIgnoreCase(title)) {
      return paragraphs.subList(1, paragraphs.size());
    }
    return paragraphs;
  }
}
