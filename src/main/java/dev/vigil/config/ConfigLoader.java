package dev.vigil.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads {@code vigil.yml} into a {@link VigilConfig}. Every default lives here; every problem is
 * reported at once, naming the file, the key and what is wrong.
 */
public final class ConfigLoader {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private final Function<String, String> env;

  public ConfigLoader(Function<String, String> env) {
    this.env = env;
  }

  /** Loads with the process environment. */
  public static VigilConfig load(Path file) {
    return new ConfigLoader(System::getenv).read(file);
  }

  /** The configuration of an empty file: every default, no feeds, no rules. */
  public static VigilConfig defaults() {
    return new ConfigLoader(k -> null).parse("{}", Path.of("(defaults)"));
  }

  public VigilConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
    return parse(text, file);
  }

  public VigilConfig parse(String yaml, Path source) {
    Object tree;
    try {
      tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (MarkedYAMLException e) {
      throw new ConfigException(
          source
              + ": line "
              + (e.getProblemMark().getLine() + 1)
              + ", column "
              + (e.getProblemMark().getColumn() + 1)
              + ": not valid YAML: "
              + e.getProblem());
    } catch (RuntimeException e) {
      throw new ConfigException(source + ": not valid YAML: " + e.getMessage());
    }
    ConfigNode.Problems problems = new ConfigNode.Problems(String.valueOf(source), env);
    ConfigNode root = new ConfigNode(tree == null ? java.util.Map.of() : tree, "", problems);
    root.allowKeys(
        Set.of(
            "kafka",
            "poller",
            "http",
            "feeds",
            "entities",
            "watchlists",
            "matching",
            "rules",
            "channels",
            "smtp",
            "alerts",
            "stories",
            "fulltext"));
    KafkaSettings kafka = kafka(root.get("kafka"));
    PollerSettings poller = poller(root.get("poller"));
    int httpPort =
        (int) root.get("http").allowKeys(Set.of("port")).get("port").number(8080, -1, 65535);
    Path baseDir = source.toAbsolutePath().getParent();
    List<FeedSpec> feeds = new FeedsReader(poller, baseDir).read(root.get("feeds"));
    List<EntitySpec> entities = new ArrayList<>(entities(root.get("entities")));
    entities.addAll(watchlists(root.get("watchlists"), baseDir, entities));
    SmtpSettings smtp = AlertsConfigReader.smtp(root.get("smtp"), baseDir);
    List<ChannelSpec> channels = AlertsConfigReader.channels(root.get("channels"), smtp, baseDir);
    List<RuleSpec> rules = rules(root.get("rules"), channels);
    AlertSettings alerts = AlertsConfigReader.alerts(root.get("alerts"));
    MatchSettings matching = matching(root.get("matching"));
    StorySettings stories = stories(root.get("stories"), root.get("alerts"));
    FulltextSettings fulltext = fulltext(root.get("fulltext"));
    if (!problems.list.isEmpty()) {
      throw new ConfigException(problems.list);
    }
    return new VigilConfig(
        source, kafka, poller, httpPort, feeds, entities, matching, rules, channels, smtp, alerts,
        stories, fulltext);
  }

  /** The {@code fulltext} section: when article pages are fetched, and the limits. */
  private static FulltextSettings fulltext(ConfigNode n) {
    n.allowKeys(
        Set.of(
            "mode",
            "teaser-chars",
            "timeout",
            "max-page-bytes",
            "workers",
            "host-max-concurrent",
            "host-min-delay"));
    FulltextSettings d = FulltextSettings.DEFAULT;
    return new FulltextSettings(
        fulltextMode(n.get("mode"), d.mode()),
        (int) n.get("teaser-chars").number(d.teaserChars(), 0, 1_000_000),
        n.get("timeout").duration(d.timeout()),
        n.get("max-page-bytes").number(d.maxPageBytes(), 1024, 1L << 30),
        (int) n.get("workers").number(d.workers(), 1, 256),
        (int) n.get("host-max-concurrent").number(d.hostMaxConcurrent(), 1, 64),
        n.get("host-min-delay").duration(d.hostMinDelay()));
  }

  /** auto, always or never; {@code dflt} when the key is absent. */
  static FulltextSettings.Mode fulltextMode(ConfigNode n, FulltextSettings.Mode dflt) {
    String s = n.str(null);
    if (s == null) {
      return dflt;
    }
    FulltextSettings.Mode m = FulltextSettings.Mode.of(s);
    if (m == null) {
      n.problem("must be auto, always or never, got " + s);
      return dflt;
    }
    return m;
  }

  private static KafkaSettings kafka(ConfigNode n) {
    n.allowKeys(Set.of("bootstrap.servers", "embedded-port", "partitions"));
    return new KafkaSettings(
        n.get("bootstrap.servers").str(null),
        (int) n.get("embedded-port").number(0, 0, 65535),
        (int) n.get("partitions").number(3, 1, 1000));
  }

  /** The {@code matching} section: text normalisation and the engine. */
  private static MatchSettings matching(ConfigNode m) {
    m.allowKeys(Set.of("german-umlauts", "engine"));
    String engine = m.get("engine").str("tuned");
    MatchSettings.Engine kind =
        switch (engine) {
          case "tuned" -> MatchSettings.Engine.TUNED;
          case "stock" -> MatchSettings.Engine.STOCK;
          default -> {
            m.get("engine").problem("must be tuned or stock, got " + engine);
            yield MatchSettings.Engine.TUNED;
          }
        };
    return new MatchSettings(m.get("german-umlauts").flag(false), kind);
  }

  /** Section {@code stories}; {@code alerts.escalate-at-sources} is read as its older spelling. */
  private static StorySettings stories(ConfigNode n, ConfigNode alerts) {
    n.allowKeys(Set.of("grouping", "threshold", "window", "max-stories", "escalate-at-sources"));
    StorySettings d = StorySettings.DEFAULT;
    ConfigNode escalate = n.get("escalate-at-sources");
    ConfigNode older = alerts.get("escalate-at-sources");
    if (escalate.isPresent() && older.isPresent()) {
      older.problem("is also set as stories.escalate-at-sources; keep that one only");
    }
    return new StorySettings(
        n.get("grouping").flag(d.grouping()),
        n.get("threshold").decimal(d.threshold(), 0.05, 1.0),
        n.get("window").duration(d.window()),
        (int) n.get("max-stories").number(d.maxStories(), 1, 10_000_000),
        (int) (escalate.isPresent() ? escalate : older).number(d.escalateAtSources(), 0, 10_000));
  }

  private static PollerSettings poller(ConfigNode n) {
    n.allowKeys(
        Set.of(
            "interval",
            "backfill",
            "workers",
            "connect-timeout",
            "read-timeout",
            "max-body",
            "user-agent",
            "address-policy",
            "min-interval",
            "host-max-concurrent",
            "host-min-delay"));
    return new PollerSettings(
        n.get("interval").duration(Duration.ofMinutes(5)),
        n.get("backfill").duration(Duration.ofDays(7)),
        (int) n.get("workers").number(16, 1, 1024),
        n.get("connect-timeout").duration(Duration.ofSeconds(10)),
        n.get("read-timeout").duration(Duration.ofSeconds(30)),
        n.get("max-body").number(10L << 20, 1024, 1L << 30),
        n.get("user-agent")
            .str("Vigil/0.1 (+https://github.com/vigil-monitor/vigil; news monitoring)"),
        addressPolicy(n.get("address-policy")),
        n.get("min-interval").duration(PollerSettings.DEFAULT_MIN_INTERVAL),
        (int)
            n.get("host-max-concurrent")
                .number(PollerSettings.DEFAULT_HOST_MAX_CONCURRENT, 1, 1000),
        n.get("host-min-delay").duration(PollerSettings.DEFAULT_HOST_MIN_DELAY));
  }

  private static AddressPolicy addressPolicy(ConfigNode n) {
    String name = n.str(AddressPolicy.DEFAULT.configName());
    AddressPolicy p = AddressPolicy.named(name);
    if (p == null) {
      n.problem("must be default or public-only, got " + name);
    }
    return p;
  }

  private static List<EntitySpec> entities(ConfigNode n) {
    List<EntitySpec> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigNode e : n.list()) {
      e.allowKeys(Set.of("id", "name", "type", "aliases", "exclude", "exclude-window"));
      String id = id(e.get("id"), ids);
      String name = e.get("name").required();
      List<String> aliases = e.get("aliases").strings();
      List<String> exclude = e.get("exclude").strings();
      for (String key : List.of("aliases", "exclude")) {
        List<String> values = key.equals("aliases") ? aliases : exclude;
        for (int i = 0; i < values.size(); i++) {
          if (values.get(i).isBlank()) {
            e.get(key).problem((key.equals("aliases") ? "alias " : "exclusion ") + i + " is empty");
          }
        }
      }
      int window = (int) e.get("exclude-window").number(EntitySpec.DEFAULT_EXCLUDE_WINDOW, 1, 1000);
      out.add(new EntitySpec(id, name, e.get("type").str("free"), aliases, exclude, window));
    }
    return out;
  }

  /** Entities from watchlist files (YAML or CSV), paths relative to the config file. */
  private static List<EntitySpec> watchlists(ConfigNode n, Path baseDir, List<EntitySpec> inline) {
    Set<String> ids = new HashSet<>();
    inline.forEach(e -> ids.add(e.id()));
    List<EntitySpec> out = new ArrayList<>();
    for (ConfigNode w : n.list()) {
      String path = w.required();
      if (path == null) {
        continue;
      }
      try {
        for (EntitySpec e :
            WatchlistFile.read(baseDir == null ? Path.of(path) : baseDir.resolve(path))) {
          if (ids.add(e.id())) {
            out.add(e);
          } else {
            w.problem("entity id '" + e.id() + "' in " + path + " is already defined");
          }
        }
      } catch (ConfigException e) {
        e.problems().forEach(p -> w.problem(p));
      }
    }
    return out;
  }

  private static List<RuleSpec> rules(ConfigNode n, List<ChannelSpec> channels) {
    Set<String> channelIds = new HashSet<>();
    channels.forEach(c -> channelIds.add(c.id()));
    List<RuleSpec> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigNode r : n.list()) {
      r.allowKeys(Set.of("id", "query", "channels", "stories"));
      String id = id(r.get("id"), ids);
      String query = r.get("query").required();
      List<String> chans =
          r.get("channels").isPresent()
              ? r.get("channels").strings()
              : List.of(ChannelSpec.DEFAULT_ID);
      for (String c : chans) {
        if (!channelIds.contains(c)) {
          r.get("channels")
              .problem(
                  "no channel with id '"
                      + c
                      + "' (defined: "
                      + String.join(", ", new java.util.TreeSet<>(channelIds))
                      + ")");
        }
      }
      out.add(new RuleSpec(id, query, chans, r.get("stories").flag(true)));
    }
    return out;
  }

  static String id(ConfigNode n, Set<String> seen) {
    String id = n.required();
    if (id == null) {
      return "";
    }
    if (!ID.matcher(id).matches()) {
      n.problem("'" + id + "' is not a valid id (letters, digits, '_', '-', '.')");
    } else if (!seen.add(id)) {
      n.problem("duplicate id '" + id + "'");
    }
    return id;
  }

  /** Feed and webhook URLs must be absolute http or https URLs. */
  static void checkHttpUrl(ConfigNode n, String url) {
    if (url == null) {
      n.problem("is required");
      return;
    }
    try {
      URI u = URI.create(url);
      if (u.getScheme() == null
          || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) {
        n.problem("'" + url + "' must use http or https");
      } else if (u.getHost() == null) {
        n.problem("'" + url + "' has no host");
      }
    } catch (IllegalArgumentException e) {
      n.problem("'" + url + "' is not a URL: " + e.getMessage());
    }
  }
}
