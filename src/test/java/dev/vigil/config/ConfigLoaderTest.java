package dev.vigil.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final Path FILE = Path.of("vigil.yml");

  private static VigilConfig parse(String yaml) {
    return new ConfigLoader(Map.of("SECRET", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")::get)
        .parse(yaml, FILE);
  }

  @Test
  void readsTheDocumentedShape() {
    VigilConfig c =
        parse(
            """
        feeds:
          - url: https://example.org/world.rss
            interval: 2m
          - url: https://example.org/other.rss
        entities:
          - id: pantsir
            name: Pantsir
            type: weapon
            aliases: ["SA-22", "Pantsir-S1"]
        rules:
          - id: pantsir-hezbollah
            query: '@pantsir AND (Hezbollah OR Hizbullah)'
            channels: [ops]
          - id: default-channel
            query: Wagner
        channels:
          - id: ops
            type: webhook
            url: http://127.0.0.1:9000/hook
            secret: ${SECRET}
          - id: desk
            type: email
            to: [analyst@example.org]
        smtp: { host: 127.0.0.1, port: 2525, from: vigil@example.org }
        """);
    assertThat(c.feeds()).hasSize(2);
    assertThat(c.feeds().get(0).interval()).isEqualTo(Duration.ofMinutes(2));
    assertThat(c.feeds().get(1).interval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.feeds().get(1).backfill()).isEqualTo(Duration.ofDays(7));
    assertThat(c.entities().get(0).names()).containsExactly("Pantsir", "SA-22", "Pantsir-S1");
    assertThat(c.channel("ops").orElseThrow().secret()).startsWith("whsec_");
    assertThat(c.rules().get(1).channels()).containsExactly("log");
    assertThat(c.channel("log")).isPresent();
    assertThat(c.kafka().embedded()).isTrue();
    assertThat(c.smtp().port()).isEqualTo(2525);
  }

  @Test
  void reportsEveryProblemWithFileAndKey() {
    assertThatThrownBy(
            () ->
                parse(
                    """
        feeds:
          - url: ftp://example.org/x
            intervall: 5m
          - url: https://example.org/y
            interval: soon
        rules:
          - id: r1
            query: x
            channels: [nowhere]
        channels:
          - id: ops
            type: webhook
            url: http://127.0.0.1/hook
            secret: ${MISSING_SECRET}
        """))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactlyInAnyOrder(
                        "vigil.yml: feeds[0]: unknown key 'intervall' (known: backfill, fulltext, interval, opml, tags, title, url)",
                        "vigil.yml: feeds[0].url: 'ftp://example.org/x' must use http or https",
                        "vigil.yml: feeds[1].interval: 'soon' is not a duration (write e.g. 20s, 5m, 1h, 7d)",
                        "vigil.yml: rules[0].channels: no channel with id 'nowhere' (defined: log, ops)",
                        "vigil.yml: channels[0].secret: environment variable MISSING_SECRET is not set"));
  }

  @Test
  void matchingOptionsAreOffUnlessSetAndCheckedWhenSet() {
    assertThat(parse("{}").matching()).isEqualTo(MatchSettings.DEFAULT);
    assertThat(parse("matching: { german-umlauts: true }").matching().germanUmlauts()).isTrue();
    assertThat(parse("{}").matching().engine()).isEqualTo(MatchSettings.Engine.TUNED);
    assertThat(parse("matching: { engine: stock }").matching().engine())
        .isEqualTo(MatchSettings.Engine.STOCK);
    assertThatThrownBy(
            () -> parse("matching: { german-umlauts: yes-please, umlauts: true, engine: fastest }"))
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactlyInAnyOrder(
                        "vigil.yml: matching: unknown key 'umlauts' (known: engine, german-umlauts)",
                        "vigil.yml: matching.german-umlauts: must be true or false (or on/off), got yes-please",
                        "vigil.yml: matching.engine: must be tuned or stock, got fastest"));
  }

  @Test
  void storyGroupingIsOnByDefaultAndCanBeTunedOrSwitchedOffPerRule() {
    assertThat(parse("{}").stories()).isEqualTo(StorySettings.DEFAULT);
    VigilConfig c =
        parse(
            """
        stories: { threshold: 0.7, window: 12h, max-stories: 500 }
        rules:
          - { id: quakes, query: earthquake, stories: off }
          - { id: quoted, query: earthquake, stories: "off" }
          - { id: grouped, query: earthquake }
        """);
    assertThat(c.stories()).isEqualTo(new StorySettings(true, 0.7, Duration.ofHours(12), 500, 0));
    assertThat(c.rules()).extracting(RuleSpec::stories).containsExactly(false, false, true);
    assertThat(parse("stories: { grouping: off }").stories().grouping()).isFalse();
    assertThatThrownBy(
            () ->
                parse(
                    """
        stories: { threshold: 1.5, window: soon, grouping: maybe }
        rules: [ { id: r, query: x, stories: sometimes } ]
        """))
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactlyInAnyOrder(
                        "vigil.yml: stories.threshold: must be between 0.05 and 1.0, got 1.5",
                        "vigil.yml: stories.window: 'soon' is not a duration (write e.g. 20s, 5m, 1h, 7d)",
                        "vigil.yml: stories.grouping: must be true or false (or on/off), got maybe",
                        "vigil.yml: rules[0].stories: must be true or false (or on/off), got sometimes"));
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheLine() {
    assertThatThrownBy(() -> parse("feeds:\n  - url: [unclosed\n"))
        .hasMessageStartingWith("vigil.yml: line ")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void expandsOpmlWithCategoriesAsTags(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("feeds.opml"),
        """
        <?xml version="1.0"?>
        <opml version="2.0"><head><title>x</title></head><body>
          <outline text="World">
            <outline text="BBC" type="rss" xmlUrl="https://feeds.example.org/world.xml"/>
            <outline text="Middle East"><outline text="AJ" xmlUrl="https://aj.example.org/rss"/></outline>
          </outline>
        </body></opml>
        """);
    Files.writeString(
        dir.resolve("vigil.yml"), "feeds:\n  - opml: feeds.opml\n    interval: 10m\n");
    VigilConfig c = new ConfigLoader(k -> null).read(dir.resolve("vigil.yml"));
    assertThat(c.feeds())
        .extracting(FeedSpec::url)
        .containsExactly("https://feeds.example.org/world.xml", "https://aj.example.org/rss");
    assertThat(c.feeds().get(1).tags()).containsExactly("World", "Middle East");
    assertThat(c.feeds().get(1).interval()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void watchlistFilesAddEntities(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("people.csv"),
        "id,name,type,aliases\nputin,Vladimir Putin,person,Putin|V. Putin\n");
    Files.writeString(
        dir.resolve("vigil.yml"),
        """
        entities: [ { id: wagner, name: Wagner Group } ]
        watchlists: [ people.csv ]
        rules: [ { id: r, query: '@putin OR @wagner' } ]
        """);
    VigilConfig c = new ConfigLoader(k -> null).read(dir.resolve("vigil.yml"));
    assertThat(c.entities()).extracting(EntitySpec::id).containsExactly("wagner", "putin");
    assertThat(c.entities().get(1).aliases()).containsExactly("Putin", "V. Putin");
  }

  @Test
  void theShippedStarterConfigIsValid() {
    VigilConfig c = new ConfigLoader(k -> null).read(Path.of("config", "vigil.yml"));
    assertThat(c.feeds()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(c.entities()).extracting(EntitySpec::id).contains("hezbollah", "wagner", "pantsir");
  }

  @Test
  void theComposeConfigSendsEveryRuleToMailpit() {
    VigilConfig c = new ConfigLoader(k -> null).read(Path.of("docker", "vigil.yml"));
    assertThat(c.smtp().host()).isEqualTo("mailpit");
    assertThat(c.rules()).isNotEmpty().allSatisfy(r -> assertThat(r.channels()).contains("desk"));
    assertThat(c.feeds())
        .hasSameSizeAs(new ConfigLoader(k -> null).read(Path.of("config", "vigil.yml")).feeds());
  }
}
