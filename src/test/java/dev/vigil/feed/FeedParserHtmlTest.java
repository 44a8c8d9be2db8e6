package dev.vigil.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The safe HTML kept for emails: hostile markup removed, relative links made absolute against the
 * right base.
 */
class FeedParserHtmlTest {
  private static final String NOFOLLOW = " rel=\"nofollow noopener\"";

  private static List<String> html(String fixture) throws FeedParseException {
    ParsedFeed feed =
        new FeedParser()
            .parse(FeedFixtures.bytes(fixture), null, "http://127.0.0.1/feeds/" + fixture);
    return feed.entries().stream().map(ParsedFeed.Entry::html).toList();
  }

  @Test
  void atomContentLosesScriptsHandlersAndDangerousUrlsAndResolvesAgainstXmlBase() throws Exception {
    List<String> html = html("html/atom-hostile-xml-base.xml");

    assertThat(html.get(0))
        .isEqualTo(
            """
        <p>Convoy <b>seen</b> near the border.</p>
        <p><a href="http://127.0.0.1/news/maps/border.html" rel="nofollow noopener">map</a> click again</p>
        <img src="http://127.0.0.1/news/world/img/convoy.jpg" alt="convoy">

        <p>Styled</p>""");
    for (String gone :
        List.of(
            "script",
            "alert",
            "onclick",
            "onerror",
            "onmouseover",
            "javascript",
            "data:",
            "style=",
            "<style",
            "display",
            "iframe",
            "object",
            "form",
            "input",
            "evil")) {
      assertThat(html.get(0)).doesNotContainIgnoringCase(gone);
    }
  }

  @Test
  void anXmlBaseOnTheContentElementWinsOverTheEntryLink() throws Exception {
    assertThat(html("html/atom-hostile-xml-base.xml").get(1))
        .isEqualTo(
            "<div><p>See <a href=\"http://127.0.0.1/archive/old.html\""
                + NOFOLLOW
                + ">the archive</a>.</p></div>");
  }

  @Test
  void plainTextContentIsEscapedNotParsed() throws Exception {
    assertThat(html("html/atom-hostile-xml-base.xml").get(2))
        .isEqualTo("<p>Tags like &lt;script&gt; are text here &amp; stay text.</p>");
  }

  @Test
  void rssContentEncodedResolvesAgainstTheItemLinkAndDropsOtherSchemes() throws Exception {
    List<String> html = html("html/rss-hostile-content-encoded.xml");

    assertThat(html.get(0))
        .isEqualTo(
            "<div><h2>Story</h2><p>Read <a href=\"http://127.0.0.1/site/2026/11/related.html\""
                + NOFOLLOW
                + ">related</a>, <a href=\"http://127.0.0.1/about\""
                + NOFOLLOW
                + ">about</a> and "
                + "<a href=\"http://127.0.0.1/cdn/x.html\""
                + NOFOLLOW
                + ">cdn</a>.</p>"
                + "<img src=\"http://127.0.0.1/site/2026/11/pics/a.png\" width=\"10\">vbmail<p>no</p></div>");
    // Without content, the description is the HTML.
    assertThat(html.get(1))
        .isEqualTo(
            "<p>Only a <a href=\"http://127.0.0.1/site/2026/11/more.html\""
                + NOFOLLOW
                + ">description</a>.</p>");
  }

  @Test
  void jsonFeedContentHtmlAndContentText() throws Exception {
    List<String> html = html("html/json-hostile-content.json");

    assertThat(html.get(0))
        .isEqualTo(
            "<p>Body <a href=\"http://127.0.0.1/j/2026/next.html\"" + NOFOLLOW + ">next</a></p>");
    assertThat(html.get(1)).isEqualTo("<p>A &lt; B &amp; C</p><p>Second paragraph.</p>");
  }

  @Test
  void theTextFormsStayText() throws Exception {
    ParsedFeed feed =
        new FeedParser().parse(FeedFixtures.bytes("html/atom-hostile-xml-base.xml"), null, null);

    assertThat(feed.entries().get(0).content())
        .startsWith("Convoy seen near the border.\n\nmap click again")
        .doesNotContain("<")
        .doesNotContain("alert");
  }
}
