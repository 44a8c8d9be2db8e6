package dev.vigil.cli;

import dev.vigil.config.ConfigLoader;
import dev.vigil.feed.FeedDiscovery;
import dev.vigil.http.FetchOutcome;
import dev.vigil.http.Fetcher;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Fetches a web page and prints the feeds it links, one per line: URL, type and title,
 * tab-separated. Exits 0 when it found some, 1 when none, 2 when the page could not be fetched.
 */
@Command(name = "discover", description = "List the RSS, Atom and JSON feeds a web page links to.")
public class DiscoverCommand implements Callable<Integer> {
  @Parameters(paramLabel = "URL", description = "An http or https web page")
  String url;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!(url.startsWith("http://") || url.startsWith("https://"))) {
      err.println(url + ": only http and https URLs can be fetched");
      return 2;
    }
    FetchOutcome o = new Fetcher(ConfigLoader.defaults().poller()).fetch(url, null, null);
    if (!(o instanceof FetchOutcome.Fetched f)) {
      err.println(url + ": cannot fetch: " + FetchOutcome.describe(o));
      return 2;
    }
    if (FeedDiscovery.isFeed(f.body())) {
      out.println(f.finalUrl() + "\t(this URL is itself a feed)");
      return 0;
    }
    List<FeedDiscovery.Found> found = FeedDiscovery.find(f.body(), f.contentType(), f.finalUrl());
    for (FeedDiscovery.Found d : found) {
      out.println(d.url() + "\t" + d.type() + "\t" + (d.title() == null ? "" : d.title()));
    }
    if (found.isEmpty()) {
      err.println(url + ": the page links no feed with <link rel=\"alternate\">");
      return 1;
    }
    return 0;
  }
}
