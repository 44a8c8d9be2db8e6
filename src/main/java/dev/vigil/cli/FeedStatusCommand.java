package dev.vigil.cli;

import dev.vigil.feed.FeedStatuses;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Asks a running daemon for its feeds ({@code GET /api/feeds}) and prints one line per feed,
 * tab-separated: state, consecutive errors, URL, next poll, and the last error or the reason it is
 * disabled. Exits 0 when every feed listed is ok, 1 when one is not, 2 when the daemon does not
 * answer.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show each feed's state as the running daemon sees it.")
public class FeedStatusCommand implements Callable<Integer> {
  @Option(
      names = "--api",
      defaultValue = "http://127.0.0.1:8080",
      description = "The daemon's HTTP address (default: ${DEFAULT-VALUE})")
  String api;

  @Option(names = "--state", description = "Only feeds in this state: ok, erroring or disabled")
  String state;

  @Option(names = "--json", description = "Print the daemon's JSON array of feeds instead of lines")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    URI uri =
        URI.create(
            api.replaceAll("/+$", "") + "/api/feeds" + (state == null ? "" : "?state=" + state));
    HttpResponse<byte[]> r;
    try {
      r =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
                  HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      err.println(uri + ": the daemon does not answer: " + e);
      return 2;
    }
    if (r.statusCode() != 200) {
      err.println(
          uri
              + ": HTTP "
              + r.statusCode()
              + ": "
              + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
      return 2;
    }
    List<FeedStatuses.FeedStatus> feeds =
        JsonMapper.createDefault()
            .readValue(r.body(), Argument.listOf(FeedStatuses.FeedStatus.class));
    if (json) {
      JsonOutput.print(out, feeds);
    } else {
      for (FeedStatuses.FeedStatus f : feeds) {
        String why =
            f.lastError() != null
                ? f.lastError()
                : f.disabledReason() != null ? f.disabledReason() : "";
        out.println(
            String.join(
                "\t",
                f.state(),
                String.valueOf(f.errors()),
                f.url(),
                f.nextPoll() == null ? "-" : f.nextPoll().toString(),
                why));
      }
      out.flush();
    }
    return feeds.stream().allMatch(f -> "ok".equals(f.state())) ? 0 : 1;
  }
}
