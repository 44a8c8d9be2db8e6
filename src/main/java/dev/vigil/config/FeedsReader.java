package dev.vigil.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code feeds:} list: single feeds and OPML files, de-duplicated by URL. */
final class FeedsReader {
  private final PollerSettings poller;
  private final Path baseDir;

  FeedsReader(PollerSettings poller, Path baseDir) {
    this.poller = poller;
    this.baseDir = baseDir;
  }

  List<FeedSpec> read(ConfigNode feeds) {
    Map<String, FeedSpec> byUrl = new LinkedHashMap<>();
    for (ConfigNode f : feeds.list()) {
      f.allowKeys(Set.of("url", "opml", "title", "interval", "backfill", "tags", "fulltext"));
      FulltextSettings.Mode fulltext = ConfigLoader.fulltextMode(f.get("fulltext"), null);
      Duration interval = f.get("interval").duration(poller.defaultInterval());
      Duration backfill = f.get("backfill").duration(poller.defaultBackfill());
      List<String> tags = f.get("tags").strings();
      String opml = f.get("opml").str(null);
      if (opml != null) {
        for (OpmlReader.Outline o : readOpml(f.get("opml"), opml)) {
          List<String> all = new ArrayList<>(tags);
          all.addAll(o.categories());
          add(
              byUrl,
              f.get("opml"),
              new FeedSpec(o.url(), o.title(), interval, backfill, all, fulltext));
        }
        continue;
      }
      String url = f.get("url").str(null);
      if (url == null) {
        f.problem("a feed needs 'url' or 'opml'");
        continue;
      }
      add(
          byUrl,
          f.get("url"),
          new FeedSpec(url.strip(), f.get("title").str(null), interval, backfill, tags, fulltext));
    }
    return List.copyOf(byUrl.values());
  }

  private void add(Map<String, FeedSpec> byUrl, ConfigNode at, FeedSpec spec) {
    ConfigLoader.checkHttpUrl(at, spec.url());
    byUrl.putIfAbsent(spec.url(), spec);
  }

  private List<OpmlReader.Outline> readOpml(ConfigNode at, String location) {
    try {
      return OpmlReader.read(baseDir == null ? Path.of(location) : baseDir.resolve(location));
    } catch (Exception e) {
      at.problem("cannot read OPML '" + location + "': " + e.getMessage());
      return List.of();
    }
  }
}
