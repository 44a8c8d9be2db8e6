package dev.vigil.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The article records whether its page showed a paywall or a cookie wall. */
class WallsTest {
  private static final String ARTICLE =
      "<article><p>"
          + "The council voted on Tuesday to close the old bridge to lorries from March. "
              .repeat(10)
          + "</p></article>";

  private static String wall(String html) {
    Extraction e = new Extractor().extract(html, "https://x.test/a");
    return Walls.of(html.getBytes(StandardCharsets.UTF_8), e);
  }

  @Test
  void aPageMarkedAsNotFreeIsBehindAPaywall() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"isAccessibleForFree\":false}</script></head><body>"
            + ARTICLE
            + "<div class=\"paywall\">Subscribe to read on</div></body></html>";

    assertThat(wall(html)).isEqualTo(Walls.PAYWALL);
  }

  @Test
  void aConsentDialogWithoutTheArticleIsACookieWall() {
    String html =
        "<html><body><div class=\"consent\"><p>We and our partners use cookies. Please accept"
            + " to continue.</p><button>Accept</button></div></body></html>";

    assertThat(wall(html)).isEqualTo(Walls.COOKIE_WALL);
  }

  @Test
  void anOpenArticleWithACookieBannerHasNoWall() {
    String html =
        "<html><body><div class=\"cookie-banner\">We use cookies. Accept all</div>"
            + ARTICLE
            + "</body></html>";

    assertThat(wall(html)).isNull();
  }
}
