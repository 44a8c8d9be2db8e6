package dev.vigil.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 that answers every request with the response a test set last, or
 * with the one set for that exact path by {@link #respondAt}.
 */
public final class ScriptedServer implements AutoCloseable {
  /** A canned response. */
  public record Response(int status, Map<String, String> headers, byte[] body) {}

  private final HttpServer server;
  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private final Map<String, Response> byPath = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile Response next = new Response(404, Map.of(), new byte[0]);

  public ScriptedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          Map<String, String> h = new java.util.HashMap<>();
          ex.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(), v.get(0)));
          requests.add(h);
          paths.add(ex.getRequestURI().getRawPath());
          Response r = byPath.getOrDefault(ex.getRequestURI().getRawPath(), next);
          r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
          boolean empty = r.body().length == 0;
          ex.sendResponseHeaders(r.status(), empty ? -1 : r.body().length);
          if (!empty) {
            try (OutputStream o = ex.getResponseBody()) {
              o.write(r.body());
            }
          }
          ex.close();
        });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public void respond(int status, Map<String, String> headers, byte[] body) {
    next = new Response(status, headers, body);
  }

  /**
   * Answers requests for exactly {@code path} with this response, whatever {@link #respond} sets.
   */
  public void respondAt(String path, int status, Map<String, String> headers, byte[] body) {
    byPath.put(path, new Response(status, headers, body));
  }

  /** The path of every request so far, in order. */
  public List<String> paths() {
    return List.copyOf(paths);
  }

  /** Request headers of every request so far, lower-cased names. */
  public List<Map<String, String>> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
