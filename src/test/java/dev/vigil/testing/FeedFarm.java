package dev.vigil.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Many small feeds on one real local HTTP server; records who fetched which feed, and with which
 * validator.
 */
public final class FeedFarm implements AutoCloseable {
  /** One request: the client's User-Agent and the If-None-Match it sent (null if none). */
  public record Hit(String userAgent, String ifNoneMatch) {}

  private final HttpServer server;
  private final Map<String, List<Hit>> hits = new ConcurrentHashMap<>();

  public FeedFarm() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.createContext(
        "/f/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          String inm = ex.getRequestHeaders().getFirst("If-None-Match");
          hits.computeIfAbsent(path, k -> new CopyOnWriteArrayList<>())
              .add(new Hit(ex.getRequestHeaders().getFirst("User-Agent"), inm));
          String etag = "\"" + path.hashCode() + "\"";
          if (etag.equals(inm)) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
          }
          byte[] body =
              ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>"
                      + path
                      + "</title>"
                      + "<item><guid>"
                      + path
                      + "#1</guid><title>Item of "
                      + path
                      + "</title></item></channel></rss>")
                  .getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("ETag", etag);
          ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
          }
        });
    server.start();
  }

  public String url(int i) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/f/" + i + ".rss";
  }

  public List<Hit> hits(int i) {
    return List.copyOf(hits.getOrDefault("/f/" + i + ".rss", List.of()));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
