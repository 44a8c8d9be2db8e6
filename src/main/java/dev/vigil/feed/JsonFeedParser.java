package dev.vigil.feed;

import dev.vigil.article.SafeHtml;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), which Rome does not know, into
 * the same {@link ParsedFeed} as RSS and Atom. The document is read as plain maps and lists so an
 * odd field type (a number where the spec says string) costs that field, not the feed.
 */
final class JsonFeedParser {
  private static final JsonMapper JSON = JsonMapper.createDefault();
  private static final Argument<Map<String, Object>> OBJECT =
      Argument.mapOf(String.class, Object.class);

  /** True when the first byte after an optional UTF-8 BOM and whitespace is '{'. */
  static boolean looksLikeJson(byte[] body) {
    int i =
        body.length >= 3
                && (body[0] & 0xFF) == 0xEF
                && (body[1] & 0xFF) == 0xBB
                && (body[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    while (i < body.length
        && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
      i++;
    }
    return i < body.length && body[i] == '{';
  }

  ParsedFeed parse(byte[] body, String baseUrl) throws FeedParseException {
    Map<String, Object> feed;
    try {
      int bom = (body[0] & 0xFF) == 0xEF ? 3 : 0;
      feed = JSON.readValue(java.util.Arrays.copyOfRange(body, bom, body.length), OBJECT);
    } catch (IOException | RuntimeException e) {
      throw new FeedParseException("not a feed: invalid JSON: " + e.getMessage(), e);
    }
    String version = string(feed.get("version"));
    List<String> warnings = new ArrayList<>();
    String format;
    if (version.startsWith("https://jsonfeed.org/version/1.1")) {
      format = "json_1.1";
    } else if (version.startsWith("https://jsonfeed.org/version/1")) {
      format = "json_1.0";
    } else if (feed.get("items") instanceof List<?>) {
      format = "json_1.1";
      warnings.add("unknown JSON Feed version '" + version + "'; read as 1.1");
    } else {
      throw new FeedParseException(
          "not a feed: a JSON document without a JSON Feed version or items", null);
    }
    List<ParsedFeed.Entry> entries = new ArrayList<>();
    if (feed.get("items") instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> m) {
          entries.add(entry(m, baseUrl));
        }
      }
    }
    String link = string(feed.get("home_page_url"));
    return new ParsedFeed(
        HtmlText.plain(string(feed.get("title"))),
        link.isBlank() ? null : XmlBase.absolute(baseUrl, link),
        format,
        entries,
        warnings,
        "utf-8");
  }

  private static ParsedFeed.Entry entry(Map<?, ?> item, String baseUrl) {
    String url = string(item.get("url"));
    if (url.isBlank()) {
      url = string(item.get("external_url"));
    }
    String html = string(item.get("content_html"));
    String text = string(item.get("content_text"));
    String content = html.isBlank() ? HtmlText.plain(text) : HtmlText.of(html);
    String link = url.isBlank() ? null : XmlBase.absolute(baseUrl, url);
    String summary = HtmlText.plain(string(item.get("summary")));
    String markup = !html.isBlank() ? html : SafeHtml.ofText(text.isBlank() ? summary : text);
    String id = string(item.get("id"));
    Instant published = date(item.get("date_published"));
    return new ParsedFeed.Entry(
        id.isBlank() ? null : id,
        link,
        HtmlText.plain(string(item.get("title"))),
        summary,
        content,
        markup,
        link != null ? link : baseUrl,
        authors(item),
        tags(item.get("tags")),
        published != null ? published : date(item.get("date_modified")));
  }

  /** Version 1.1 has an {@code authors} list; 1.0 had a single {@code author}. */
  private static List<String> authors(Map<?, ?> item) {
    Set<String> names = new LinkedHashSet<>();
    List<Object> people = new ArrayList<>();
    if (item.get("authors") instanceof List<?> list) {
      people.addAll(list);
    }
    people.add(item.get("author"));
    for (Object p : people) {
      if (p instanceof Map<?, ?> m && !string(m.get("name")).isBlank()) {
        names.add(string(m.get("name")).strip());
      }
    }
    return List.copyOf(names);
  }

  private static List<String> tags(Object tags) {
    if (!(tags instanceof List<?> list)) {
      return List.of();
    }
    return list.stream()
        .map(JsonFeedParser::string)
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .distinct()
        .toList();
  }

  /** RFC 3339 as the spec says, or any of the odd formats feeds use in XML too. */
  private static Instant date(Object value) {
    String s = string(value).strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      return FeedDates.parse(s);
    }
  }

  /**
   * Strings as they are, numbers and booleans as text (ids are often numbers), anything else empty.
   */
  private static String string(Object v) {
    return v instanceof String || v instanceof Number || v instanceof Boolean ? v.toString() : "";
  }
}
