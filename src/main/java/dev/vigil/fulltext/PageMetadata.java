package dev.vigil.fulltext;

import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a page says about itself: its JSON-LD article (schema.org {@code NewsArticle} and kin),
 * {@code og:} and {@code article:} meta, {@code <link rel="canonical">} and {@code <html lang>}.
 * Structured data comes first; a field it lacks comes from the meta tags.
 */
final class PageMetadata {
  // Selectors parsed once, not on every call.
  private static final Evaluator HTML = QueryParser.parse("html");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

  private static final JsonMapper JSON = JsonMapper.createDefault();
  private static final Pattern CDATA = Pattern.compile("(//\\s*)?(<!\\[CDATA\\[|]]>|<!--|-->)");
  private static final Pattern BYLINE =
      Pattern.compile("byline|author|dateline|writtenby|p-author");

  /** "By", "Par", "Von", "Por", "Door" … before the names in a byline. */
  private static final Pattern BY =
      Pattern.compile(
          "^(by|par|von|por|per|door|di|da|av|af|przez|от|автор:?)\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "2018-12-21 12:55:00 -0400": a space for the T, and an offset without its colon. */
  private static final Pattern LOOSE_TIME =
      Pattern.compile(
          "^(\\d{4}-\\d\\d-\\d\\d)[ T](\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d\\d:?\\d\\d)?$");

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "livebloposting",
          "liveblogposting",
          "blogposting",
          "socialmediaposting",
          "report",
          "techarticle",
          "scholarlyarticle");

  /** The fields found; any may be null. {@code body} is the JSON-LD {@code articleBody}. */
  record Meta(
      String title,
      String body,
      String byline,
      Instant published,
      String language,
      String canonical,
      String image) {}

  private PageMetadata() {}

  static Meta read(Document doc) {
    Map<String, Object> ld = jsonLdArticle(doc);
    Map<String, String> meta = metas(doc);
    String title =
        first(
            ld == null ? null : text(ld.get("headline")),
            meta.get("og:title"),
            meta.get("twitter:title"),
            meta.get("dc.title"),
            PageTitle.clean(doc.title()));
    String byline =
        first(
            ld == null ? null : names(ld.get("author")),
            notUrl(meta.get("author")),
            notUrl(meta.get("dc.creator")),
            notUrl(meta.get("parsely-author")),
            notUrl(meta.get("article:author")),
            domByline(doc));
    Instant published =
        firstTime(
            ld == null ? null : text(ld.get("datePublished")),
            meta.get("article:published_time"),
            meta.get("og:published_time"),
            meta.get("parsely-pub-date"),
            meta.get("datepublished"),
            meta.get("dc.date"),
            meta.get("date"),
            attr(doc, "[itemprop=datePublished]", "content"),
            attr(doc, "time[datetime][pubdate], [itemprop=datePublished][datetime]", "datetime"));
    String language =
        first(
            doc.selectFirst(HTML) == null ? null : doc.selectFirst(HTML).attr("lang"),
            ld == null ? null : text(ld.get("inLanguage")),
            attr(doc, "meta[http-equiv=content-language]", "content"),
            locale(meta.get("og:locale")));
    String canonical =
        first(
            attr(doc, "link[rel=canonical]", "abs:href"),
            absolute(doc, meta.get("og:url")),
            ld == null ? null : url(ld.get("mainEntityOfPage")),
            ld == null ? null : text(ld.get("url")));
    String image =
        first(
            ld == null ? null : url(ld.get("image")),
            absolute(doc, meta.get("og:image")),
            absolute(doc, meta.get("twitter:image")));
    String body = ld == null ? null : text(ld.get("articleBody"));
    return new Meta(title, body, byline, published, language, canonical, image);
  }

  /** The first schema.org article among the page's JSON-LD blocks, or null. */
  private static Map<String, Object> jsonLdArticle(Document doc) {
    for (Element script : doc.select(JSON_LD)) {
      try {
        Object parsed =
            JSON.readValue(unwrap(script.data()).getBytes(StandardCharsets.UTF_8), Object.class);
        Map<String, Object> found = article(parsed, 0);
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // a broken block says nothing; the next one, or the meta tags, may
      }
    }
    return null;
  }

  /** A script's JSON without the CDATA or comment markers some pages wrap it in. */
  private static String unwrap(String data) {
    return CDATA.matcher(data).replaceAll("").trim();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> article(Object node, int depth) {
    if (depth > 4) {
      return null;
    }
    if (node instanceof List<?> list) {
      for (Object o : list) {
        Map<String, Object> found = article(o, depth + 1);
        if (found != null) {
          return found;
        }
      }
    } else if (node instanceof Map<?, ?> m) {
      Map<String, Object> map = (Map<String, Object>) m;
      if (isArticle(map.get("@type"))) {
        return map;
      }
      return article(map.get("@graph"), depth + 1);
    }
    return null;
  }

  private static boolean isArticle(Object type) {
    if (type instanceof List<?> types) {
      return types.stream().anyMatch(PageMetadata::isArticle);
    }
    return type instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT));
  }

  /** A string, or the {@code name} of an object, or the first of a list. */
  private static String text(Object v) {
    if (v instanceof String s) {
      return s.isBlank() ? null : s.trim();
    }
    if (v instanceof Map<?, ?> m) {
      return text(m.get("name"));
    }
    if (v instanceof List<?> l && !l.isEmpty()) {
      return text(l.get(0));
    }
    return null;
  }

  /** Author names: one, an object's name, or a list joined by commas. */
  private static String names(Object v) {
    if (v instanceof List<?> l) {
      List<String> out = new ArrayList<>();
      for (Object o : l) {
        String n = text(o);
        if (n != null && !out.contains(n)) {
          out.add(n);
        }
      }
      return out.isEmpty() ? null : String.join(", ", out);
    }
    return notUrl(text(v));
  }

  /**
   * An image or page reference: a URL, an object's {@code url} or {@code @id}, or a list's first.
   */
  private static String url(Object v) {
    if (v instanceof String s) {
      return s.isBlank() ? null : s.trim();
    }
    if (v instanceof Map<?, ?> m) {
      return first(url(m.get("url")), url(m.get("@id")));
    }
    if (v instanceof List<?> l && !l.isEmpty()) {
      return url(l.get(0));
    }
    return null;
  }

  /** The page's meta tags by lower-cased name, property or itemprop; the first of each wins. */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      if (key.isEmpty()) {
        key = m.attr("itemprop");
      }
      String content = m.attr("content").trim();
      if (!key.isEmpty() && !content.isEmpty()) {
        out.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
      }
    }
    return out;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    String v = e.attr(attr);
    return v.isBlank() ? null : v.trim();
  }

  /**
   * The text of the page's first byline element ({@code rel=author}, {@code itemprop=author}, or
   * named like a byline), when it is short enough to be one.
   */
  private static String domByline(Document doc) {
    if (doc.body() == null) {
      return null;
    }
    for (Element e : doc.body().getAllElements()) {
      boolean named =
          e.attr("rel").equals("author")
              || e.attr("itemprop").contains("author")
              || BYLINE.matcher(Boilerplate.signs(e)).find();
      if (!named) {
        continue;
      }
      Element name = e.selectFirst(ITEMPROP_NAME);
      String t = BY.matcher((name != null ? name : e).text().trim()).replaceFirst("");
      if (!t.isEmpty() && t.length() < 100) {
        return t;
      }
    }
    return null;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
  }

  private static String absolute(Document doc, String url) {
    if (url == null) {
      return null;
    }
    try {
      return java.net
          .URI
          .create(doc.location().isEmpty() ? url : doc.location())
          .resolve(url)
          .toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** {@code og:locale} as a language tag: en_US is en-US. */
  private static String locale(String s) {
    return s == null ? null : s.replace('_', '-');
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private static Instant firstTime(String... values) {
    for (String v : values) {
      Instant t = v == null ? null : time(v.trim());
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** An ISO 8601 time, with or without zone (then UTC), or a date (midnight UTC). */
  static Instant time(String raw) {
    String s = raw;
    Matcher m = LOOSE_TIME.matcher(raw);
    if (m.matches()) {
      String zone = m.group(3) == null ? "" : m.group(3);
      if (zone.length() == 5) {
        zone = zone.substring(0, 3) + ":" + zone.substring(3);
      }
      s = m.group(1) + "T" + m.group(2) + zone;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s)
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
