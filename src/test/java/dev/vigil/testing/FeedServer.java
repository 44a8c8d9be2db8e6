package dev.vigil.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 serving one RSS feed whose items can be added while a test runs.
 */
public final class FeedServer implements AutoCloseable {
  /** One item of the served feed. */
  public record Item(String guid, String title, String description, Instant published) {}

  private final HttpServer server;
  private final List<Item> items = new ArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger notModified = new AtomicInteger();

  public FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/feed.rss",
        ex -> {
          requests.incrementAndGet();
          String body = render();
          String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
          if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
          ex.getResponseHeaders().add("ETag", etag);
          ex.sendResponseHeaders(200, bytes.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(bytes);
          }
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss";
  }

  public synchronized void add(Item item) {
    items.add(0, item);
  }

  public int requests() {
    return requests.get();
  }

  public int notModified() {
    return notModified.get();
  }

  private synchronized String render() {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Test World News</title><link>http://127.0.0.1/</link><description>test</description>\n");
    for (Item i : items) {
      b.append("<item><guid isPermaLink=\"false\">")
          .append(i.guid())
          .append("</guid><title>")
          .append(i.title())
          .append("</title><link>http://127.0.0.1/news/")
          .append(i.guid())
          .append("</link><description><![CDATA[<p>")
          .append(i.description())
          .append("</p>]]></description><pubDate>")
          .append(
              DateTimeFormatter.RFC_1123_DATE_TIME.format(i.published().atOffset(ZoneOffset.UTC)))
          .append("</pubDate></item>\n");
    }
    return b.append("</channel></rss>\n").toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
