package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.vigil.Daemon;
import dev.vigil.config.ConfigLoader;
import dev.vigil.config.VigilConfig;
import dev.vigil.testing.FeedServer;
import dev.vigil.testing.LocalSmtp;
import dev.vigil.testing.WebhookReceiver;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Different stories written from the same stock sentences each alert once per rule, by webhook and
 * by email, while their syndicated copies in other outlets never alert again, across a restart too.
 *
 * <p>28 stories share two stock sentences and differ in place, actor, weapon and a number; 10 of
 * them are also carried by 1 to 3 of the other outlets, each outlet printing items with its own
 * edits. Four outlets on two source hosts (127.0.0.1 and localhost). Waves: stories 0-11, stories
 * 12-19, a restart, stories 20-27; a story's copies come in its own wave and the following ones.
 */
class StoryFarmTest {
  private static final int STORIES = 28;
  private static final Pattern HOOK_RULE = Pattern.compile("\"rule\":\\{\"id\":\"([^\"]+)\"");
  private static final Pattern HOOK_LINK =
      Pattern.compile("\"link\":\"http://127\\.0\\.0\\.1/news/([^\"]+)\"");
  private static final Pattern MAIL_RULE = Pattern.compile("(?m)^Rule: (\\S+)");
  private static final Pattern MAIL_LINK = Pattern.compile("http://127\\.0\\.0\\.1/news/(\\S+)");

  /** Each rule of the configuration, and the stories it matches. */
  private static final Map<String, Predicate<Wire>> RULES =
      new TreeMap<>(
          Map.of(
              "all", w -> true,
              "shahed", w -> w.weapon().equals("Shahed-136") || w.weapon().equals("Geran-2"),
              "north", w -> w.place().equals("Kharkiv") || w.place().equals("Sumy")));

  @TempDir Path dir;

  private final FeedServer[] outlets = new FeedServer[4];
  private final Set<Wire> published = ConcurrentHashMap.newKeySet();
  private WebhookReceiver hook;
  private GreenMail smtp;

  @Test
  void everyStoryAlertsOncePerRuleAndItsCopiesNever() throws Exception {
    for (int o = 0; o < outlets.length; o++) outlets[o] = new FeedServer();
    smtp = LocalSmtp.open(ServerSetup.PROTOCOL_SMTP);
    try (WebhookReceiver h = new WebhookReceiver()) {
      hook = h;
      VigilConfig config = config();
      try (Daemon daemon = Daemon.start(config, dir, Map.of())) {
        publishWave(0);
        publishWave(1);
      }
      try (Daemon again = Daemon.start(config, dir, Map.of())) {
        publishWave(2);
      }
    } finally {
      smtp.stop();
      for (FeedServer f : outlets) f.close();
    }
  }

  /**
   * Wave {@code w}'s new stories at their own outlets and the copies due in it; then one alert per
   * story.
   */
  private void publishWave(int w) {
    for (int i = 0; i < STORIES; i++) {
      Wire s = Wire.of(i);
      if (s.wave() == w) {
        outlets[s.origin()].add(s.item(s.origin()));
        published.add(s);
      }
      for (int j = 1; j <= s.copies(); j++) {
        int o = (s.origin() + j) % outlets.length;
        if (Math.min(2, s.wave() + j - 1) == w) outlets[o].add(s.item(o));
      }
    }
    // Every story alerts: none is taken for another story written from the same sentences...
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> check(false));
    // ...and only once: its copies, whichever arrived first, are the same story.
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> check(true));
  }

  private void check(boolean exactlyOnce) throws Exception {
    List<String> mails = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      mails.add((String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent());
    }
    Map<String, Map<String, List<Integer>>> channels =
        new TreeMap<>(
            Map.of(
                "webhook",
                    storiesByRule(
                        hook.received().stream().map(r -> r.body()).toList(), HOOK_RULE, HOOK_LINK),
                "email", storiesByRule(mails, MAIL_RULE, MAIL_LINK)));
    List<String> wrong = new ArrayList<>();
    for (var channel : channels.entrySet()) {
      for (var rule : RULES.entrySet()) {
        List<Integer> want =
            published.stream().filter(rule.getValue()).map(Wire::id).sorted().toList();
        List<Integer> got = channel.getValue().getOrDefault(rule.getKey(), List.of());
        List<Integer> missing = want.stream().filter(s -> !got.contains(s)).toList();
        List<Integer> extra = new ArrayList<>(got);
        for (Integer s : want) extra.remove(s);
        if (!missing.isEmpty() || exactlyOnce && !extra.isEmpty()) {
          wrong.add(
              "%s %s: %d stories, %d alerts; no alert for %s; extra alerts for %s"
                  .formatted(
                      channel.getKey(), rule.getKey(), want.size(), got.size(), missing, extra));
        }
      }
    }
    assertThat(wrong)
        .as("alerts per channel and rule: one per story, %s", exactlyOnce ? "exactly" : "at least")
        .isEmpty();
  }

  /** The story of each alert (from its item's link), by rule. */
  private static Map<String, List<Integer>> storiesByRule(
      List<String> alerts, Pattern rule, Pattern link) {
    Map<String, List<Integer>> out = new TreeMap<>();
    for (String a : alerts) {
      Matcher r = rule.matcher(a);
      Matcher l = link.matcher(a);
      assertThat(r.find() && l.find()).as("rule and link in %s", a).isTrue();
      int story = Integer.parseInt(l.group(1).replaceAll(".*-s", ""));
      out.computeIfAbsent(r.group(1), k -> new ArrayList<>()).add(story);
    }
    return out;
  }

  private VigilConfig config() {
    StringBuilder feeds = new StringBuilder();
    for (int o = 0; o < outlets.length; o++) {
      // Odd outlets through "localhost": two source hosts.
      String url =
          o % 2 == 0 ? outlets[o].url() : outlets[o].url().replace("127.0.0.1", "localhost");
      feeds.append("  - { url: ").append(url).append(", interval: 1s }\n");
    }
    String yaml =
        """
        fulltext: { mode: never }
        http: { port: -1 }
        feeds:
        %sentities:
          - { id: shahed, name: Shahed-136, type: weapon, aliases: [Geran-2] }
        rules:
          - { id: all, query: shelter, channels: [ops, desk] }
          - { id: shahed, query: '@shahed', channels: [ops, desk] }
          - { id: north, query: 'Kharkiv OR Sumy', channels: [ops, desk] }
        channels:
          - { id: ops, type: webhook, url: %s }
          - { id: desk, type: email, to: [analyst@example.org] }
        smtp: { host: 127.0.0.1, port: %d, from: vigil@example.org }
        """
            .formatted(feeds, hook.url(), smtp.getSmtp().getPort());
    return new ConfigLoader(k -> null).parse(yaml, Path.of("farm.yml"));
  }

  /** One story of the farm, written from stock sentences, and how each outlet prints it. */
  record Wire(int id, String place, String actor, String weapon, int n) {
    private static final String STOCK =
        " Residents are urged to go to the nearest shelter and to stay there until"
            + " the all-clear is given. This is a developing story and will be updated as more information becomes"
            + " available from officials on the ground.";
    private static final String[] PLACES = {
      "Kharkiv",
      "Odesa",
      "Bakhmut",
      "Kherson",
      "Zaporizhzhia",
      "Sumy",
      "Dnipro",
      "Mykolaiv",
      "Pokrovsk",
      "Chernihiv"
    };
    private static final String[] ACTORS = {
      "Wagner Group", "Akhmat battalion", "Azov Brigade", "Kraken unit", "Rubikon centre"
    };
    private static final String[] WEAPONS = {
      "Shahed-136", "Lancet", "Geran-2", "Iskander-M", "Kh-101", "Pantsir-S1"
    };

    static Wire of(int i) {
      return new Wire(
          i, PLACES[i % 10], ACTORS[(i / 2) % 5], WEAPONS[(i / 3 + i) % 6], 4 + (i * 7) % 37);
    }

    int wave() {
      return id < 12 ? 0 : id < 20 ? 1 : 2;
    }

    int origin() {
      return id % 4;
    }

    /** How many other outlets carry a copy: 1 to 3 for every third story, else none. */
    int copies() {
      return id % 3 == 0 ? 1 + (id / 3) % 3 : 0;
    }

    String title() {
      return switch (id % 3) {
        case 0 -> "Air raid alert in " + place + " oblast";
        case 1 -> actor + " claims " + weapon + " strike on convoy outside " + place;
        default -> weapon + " battery spotted near " + place;
      };
    }

    String body() {
      String lead =
          switch (id % 3) {
            case 0 ->
                "An air raid alert was declared in %1$s oblast after %2$d %3$s launches by %4$s were detected.";
            case 1 ->
                "A spokesman for %4$s said its fighters hit a convoy outside %1$s with %3$s, killing %2$d soldiers.";
            default ->
                "Analysts geolocated a %3$s battery near %1$s, about %2$d km from the front, in video from %4$s.";
          };
      return lead.formatted(place, n, weapon, actor) + STOCK;
    }

    /**
     * The item as outlet {@code o} prints it, with its own edits; a copy keeps every name and
     * number.
     */
    FeedServer.Item item(int o) {
      String t = title() + (o == 1 ? " | Kyiv Post" : o == 3 ? "." : "");
      String b =
          (o == 2 ? "KYIV (Reuters) - " : "")
              + body()
              + (o == 1 ? " Read more on our website." : "");
      if (o == 3) b = b.replace(", ", " — ").replace("all-clear", "all clear");
      return new FeedServer.Item("o" + o + "-s" + id, t, b, Instant.now());
    }
  }
}
