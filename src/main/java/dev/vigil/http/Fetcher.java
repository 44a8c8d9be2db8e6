package dev.vigil.http;

import dev.vigil.config.PollerSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one feed or page over HTTP with conditional requests, gzip, a total deadline and a size
 * cap that applies both on the wire and after decompression (so a gzip bomb is refused).
 *
 * <p>Redirects are followed here rather than by the client, so that each hop is counted and a
 * permanent move can be reported (RFC 9110 15.4), and so that the address policy is checked before
 * every hop.
 */
public class Fetcher {
  /** Most redirects followed for one fetch (RFC 9110 15.4 leaves the number to the client). */
  public static final int MAX_REDIRECTS = 5;

  private static final byte[] NO_BODY = new byte[0];

  private final HttpClient client;
  private final FetchSettings settings;
  private final AddressGuard guard;

  /** A feed fetcher, as the poller's settings say. */
  public Fetcher(PollerSettings settings) {
    this(FetchSettings.feeds(settings));
  }

  public Fetcher(FetchSettings settings) {
    this(settings, InetAddress::getAllByName);
  }

  /** A feed fetcher with a host resolver of the caller's, so tests can give a name any address. */
  Fetcher(PollerSettings settings, AddressGuard.Resolver resolver) {
    this(FetchSettings.feeds(settings), resolver);
  }

  /** With a host resolver of the caller's, so tests can give a name any address. */
  public Fetcher(FetchSettings settings, AddressGuard.Resolver resolver) {
    this.settings = settings;
    this.guard = new AddressGuard(settings.addressPolicy(), resolver);
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** A fetch that ended before a usable response, carrying the outcome to report. */
  private static final class Stop extends Exception {
    final FetchOutcome outcome;

    Stop(FetchOutcome outcome) {
      super(null, null, false, false);
      this.outcome = outcome;
    }
  }

  /** Fetches {@code url}, sending the validators of the last good fetch (either may be null). */
  public FetchOutcome fetch(String url, String etag, String lastModified) {
    long deadline =
        System.nanoTime() + settings.readTimeout().plus(settings.connectTimeout()).toNanos();
    try {
      URI uri = URI.create(url);
      String movedTo = null;
      boolean permanent = true;
      for (int hop = 0; ; hop++) {
        FetchOutcome refused = guard.check(uri);
        if (refused != null) {
          return refused;
        }
        HttpResponse<byte[]> resp = send(uri, etag, lastModified, deadline);
        int status = resp.statusCode();
        if (!isRedirect(status)) {
          return outcome(resp, movedTo);
        }
        if (hop == MAX_REDIRECTS) {
          return new FetchOutcome.TooManyRedirects(MAX_REDIRECTS, uri.toString());
        }
        URI next = location(uri, resp.headers().firstValue("Location"));
        permanent &= status == 301 || status == 308;
        movedTo = permanent ? next.toString() : movedTo;
        uri = next;
      }
    } catch (Stop s) {
      return s.outcome;
    } catch (IllegalArgumentException e) {
      return new FetchOutcome.Failed("not a URL: " + url);
    }
  }

  /** Gunzips at most {@code limit} bytes; see {@link HttpValues#gunzip}. */
  public static byte[] gunzip(byte[] gz, long limit) throws IOException {
    return HttpValues.gunzip(gz, limit);
  }

  /** 301, 302, 303, 307 and 308 carry a Location to follow (RFC 9110 15.4); 300 and 304 do not. */
  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /**
   * The target of a redirect: Location resolved against the request URI (RFC 9110 10.2.2), http or
   * https only.
   */
  static URI location(URI from, Optional<String> header) throws Stop {
    if (header.isEmpty() || header.get().isBlank()) {
      throw new Stop(new FetchOutcome.BadRedirect(from.toString(), null, "no Location header"));
    }
    String loc = header.get().strip();
    URI next;
    try {
      next = from.resolve(URI.create(loc.replace(" ", "%20")));
    } catch (Exception e) {
      throw new Stop(new FetchOutcome.BadRedirect(from.toString(), loc, "not a URI reference"));
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase();
    if (!(scheme.equals("http") || scheme.equals("https")) || next.getHost() == null) {
      throw new Stop(
          new FetchOutcome.BadRedirect(
              from.toString(), loc, "only http and https URLs with a host are followed"));
    }
    return next;
  }

  private HttpResponse<byte[]> send(URI uri, String etag, String lastModified, long deadline)
      throws Stop {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(uri)
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", settings.accept())
            .header("Accept-Encoding", "gzip");
    if (etag != null) {
      req.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      req.header("If-Modified-Since", lastModified);
    }
    long left = deadline - System.nanoTime();
    try {
      if (left <= 0) {
        throw new TimeoutException();
      }
      return client
          .sendAsync(
              req.build(),
              info ->
                  info.statusCode() / 100 == 2
                      ? new LimitedBody(settings.maxBodyBytes())
                      : HttpResponse.BodySubscribers.replacing(NO_BODY))
          .get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new Stop(
          new FetchOutcome.Failed("timed out after " + settings.readTimeout().toSeconds() + "s"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stop(new FetchOutcome.Failed("interrupted"));
    } catch (ExecutionException e) {
      throw new Stop(
          new FetchOutcome.Failed(HttpValues.describe(e.getCause() == null ? e : e.getCause())));
    }
  }

  private FetchOutcome outcome(HttpResponse<byte[]> resp, String movedTo) {
    int status = resp.statusCode();
    if (status == 304) {
      return new FetchOutcome.NotModified(movedTo);
    }
    if (status == 410) {
      return new FetchOutcome.Gone();
    }
    if (status == 429 || status == 503) {
      return new FetchOutcome.RetryLater(
          status,
          HttpValues.retryAfter(
              resp.headers().firstValue("Retry-After").orElse(null), Instant.now()));
    }
    if (status < 200 || status > 299) {
      return new FetchOutcome.Failed("HTTP " + status);
    }
    byte[] body = resp.body();
    if (resp.headers()
        .firstValue("Content-Encoding")
        .map(v -> v.equalsIgnoreCase("gzip"))
        .orElse(false)) {
      try {
        body = HttpValues.gunzip(body, settings.maxBodyBytes());
      } catch (IOException e) {
        return new FetchOutcome.Failed("bad gzip body: " + e.getMessage());
      }
    }
    return new FetchOutcome.Fetched(
        body,
        resp.headers().firstValue("Content-Type").orElse(null),
        resp.headers().firstValue("ETag").orElse(null),
        resp.headers().firstValue("Last-Modified").orElse(null),
        resp.uri().toString(),
        movedTo,
        HttpValues.maxAge(resp.headers().firstValue("Cache-Control").orElse(null)));
  }
}
