package dev.vigil.feed;

import dev.vigil.config.PollerSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches one feed over HTTP with conditional requests, gzip, a total deadline and a size cap
 * that applies both on the wire and after decompression (so a gzip bomb is refused).
 */
public class FeedFetcher {
  private final HttpClient client;
  private final PollerSettings settings;

  public FeedFetcher(PollerSettings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** Fetches {@code url}, sending the validators of the last good fetch (either may be null). */
  public FetchOutcome fetch(String url, String etag, String lastModified) {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url))
        .timeout(settings.readTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8")
        .header("Accept-Encoding", "gzip");
    if (etag != null) {
      req.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      req.header("If-Modified-Since", lastModified);
    }
    HttpResponse<byte[]> resp;
    try {
      resp = client.sendAsync(req.build(), info -> new LimitedBody(settings.maxBodyBytes()))
          .get(settings.readTimeout().toMillis() + settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return new FetchOutcome.Failed("timed out after " + settings.readTimeout().toSeconds() + "s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchOutcome.Failed("interrupted");
    } catch (ExecutionException e) {
      return new FetchOutcome.Failed(describe(e.getCause() == null ? e : e.getCause()));
    }
    return outcome(resp);
  }

  private FetchOutcome outcome(HttpResponse<byte[]> resp) {
    int status = resp.statusCode();
    if (status == 304) {
      return new FetchOutcome.NotModified();
    }
    if (status == 410) {
      return new FetchOutcome.Gone();
    }
    if (status == 429 || status == 503) {
      return new FetchOutcome.RetryLater(status, retryAfter(resp.headers().firstValue("Retry-After").orElse(null), Instant.now()));
    }
    if (status < 200 || status > 299) {
      return new FetchOutcome.Failed("HTTP " + status);
    }
    byte[] body = resp.body();
    if (resp.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false)) {
      try {
        body = gunzip(body, settings.maxBodyBytes());
      } catch (IOException e) {
        return new FetchOutcome.Failed("bad gzip body: " + e.getMessage());
      }
    }
    return new FetchOutcome.Fetched(body, resp.headers().firstValue("Content-Type").orElse(null),
        resp.headers().firstValue("ETag").orElse(null),
        resp.headers().firstValue("Last-Modified").orElse(null), resp.uri().toString());
  }

  /** The exception's name with the first message found down its cause chain. */
  static String describe(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && !c.getMessage().isBlank()) {
        return t.getClass().getSimpleName() + ": " + c.getMessage();
      }
    }
    return t.getClass().getSimpleName();
  }

  static byte[] gunzip(byte[] gz, long limit) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        if (out.size() + (long) n > limit) {
          throw new IOException("decompressed body larger than " + limit + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  /** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 10.2.3). */
  static Duration retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (RuntimeException bad) {
        return null;
      }
    }
  }
}
