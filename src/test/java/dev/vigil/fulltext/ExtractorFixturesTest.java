package dev.vigil.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Layouts news sites use, with boxes around the article that mention watched names. */
class ExtractorFixturesTest {
  private static final Path PAGES = Path.of("src/test/resources/fulltext/pages");

  @Test
  void keepsTheArticleAndLeavesTheSidebarNavigationAndCommentsOut() throws Exception {
    Extraction e =
        new Extractor()
            .extract(
                Files.readAllBytes(PAGES.resolve("sidebar-decoy.html")),
                "text/html; charset=utf-8",
                "https://www.example-courier.test/world/air-defence-syria?utm=x");

    assertThat(e.text())
        .contains("Satellite images taken on Thursday")
        .contains("Pantsir-S1 battery")
        .contains("checkpoints along the road had been reinforced")
        .doesNotContain("Hezbollah")
        .doesNotContain("Wagner")
        .doesNotContain("Advertisement")
        .doesNotContain("Sign up")
        .doesNotContain("Share on")
        .doesNotContain("cookies")
        .doesNotContain("Business");
    assertThat(e.text().split("\n\n")).hasSize(6);
    assertThat(e.title()).isEqualTo("Russian air defence unit seen in eastern Syria");
    assertThat(e.byline()).isEqualTo("Maria Lopez");
    assertThat(e.published()).isEqualTo(Instant.parse("2026-11-30T08:15:00Z"));
    assertThat(e.language()).isEqualTo("en-GB");
    assertThat(e.canonical()).isEqualTo("https://www.example-courier.test/world/air-defence-syria");
    assertThat(e.image()).isEqualTo("https://www.example-courier.test/img/lead.jpg");
    assertThat(e.html()).contains("<p>").doesNotContain("<script").doesNotContain("Hezbollah");
  }

  @Test
  void anArticleSplitAroundAdsWithItsLeadApartKeepsEveryParagraphAndNoBox() throws Exception {
    Extraction e =
        new Extractor()
            .extract(
                Files.readAllBytes(PAGES.resolve("split-around-ads.html")),
                null,
                "https://www.quotidien-soir.test/monde/marioupol-port");

    String[] paragraphs = e.text().split("\n\n");
    assertThat(paragraphs).hasSize(6);
    assertThat(paragraphs[0]).startsWith("Les autorités d'occupation ont annoncé lundi");
    assertThat(e.text())
        .contains("Trois cargos battant pavillon turc")
        .contains("systèmes Pantsir livrés")
        .endsWith("selon la même source.")
        .doesNotContain("Hezbollah")
        .doesNotContain("Wagner")
        .doesNotContain("Publicité")
        .doesNotContain("Lire la suite")
        .doesNotContain("Partager");
    assertThat(e.byline()).isEqualTo("Jean Morel");
    assertThat(e.language()).isEqualTo("fr");
    assertThat(e.title()).isEqualTo("Le port de Marioupol rouvert aux cargos");
    assertThat(e.published()).isEqualTo(Instant.parse("2026-12-01T05:30:00Z"));
  }

  @Test
  void aPageThatBuildsItsTextWithScriptsGivesItsStructuredBody() {
    String body =
        "The central bank raised its main interest rate by half a percentage point on Tuesday, "
            + "its third increase this year, citing persistent inflation in food and energy prices. "
            + "Economists had expected a smaller move.\n\nThe governor said further increases were "
            + "possible if wage growth did not slow in the coming months.";
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Bank raises rates\",\"articleBody\":\""
            + body.replace("\n", "\\n")
            + "\"}</script></head><body><div id=\"app\"></div></body></html>";

    Extraction e = new Extractor().extract(html, "https://news.example.test/a");

    assertThat(e.source()).isEqualTo("structured-data");
    assertThat(e.text()).isEqualTo(body);
    assertThat(e.title()).isEqualTo("Bank raises rates");
  }

  @Test
  void thePageCharsetComesFromTheHeaderThenValidUtf8ThenItsMetaThenAGuess() {
    String text =
        "Москва и Киев: переговоры продолжатся в четверг, сообщили официальные лица обеих стран.";
    String page =
        "<html><head><meta charset=\"windows-1251\"></head><body><article><p>"
            + text.repeat(6)
            + "</p></article></body></html>";
    Extractor x = new Extractor();

    assertThat(x.extract(page.getBytes(StandardCharsets.UTF_8), null, "https://x.test/").text())
        .as("saved as UTF-8 whatever its meta says")
        .startsWith(text);
    assertThat(
            x.extract(page.getBytes(Charset.forName("windows-1251")), null, "https://x.test/")
                .text())
        .as("its meta, when the bytes are not UTF-8")
        .startsWith(text);
    String undeclared = page.replace("<meta charset=\"windows-1251\">", "");
    assertThat(
            x.extract(undeclared.getBytes(Charset.forName("windows-1251")), null, "https://x.test/")
                .text())
        .as("a guess, when nothing is declared")
        .startsWith(text);
    assertThat(
            x.extract(
                    page.getBytes(Charset.forName("KOI8-R")),
                    "text/html; charset=KOI8-R",
                    "https://x.test/")
                .text())
        .as("the header first")
        .startsWith(text.substring(0, 20));
  }

  @Test
  void aPageWithoutAnArticleGivesNoText() {
    Extraction e =
        new Extractor()
            .extract(
                "<html><body><nav><a href=/>Home</a></nav><p>Hi</p></body></html>",
                "https://x.test/");

    assertThat(e.empty()).isTrue();
    assertThat(e.source()).isEqualTo("none");
  }
}
