package dev.vigil.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;

/**
 * A local feed server for the poller benchmark, run as its own process so its CPU is not counted:
 * {@code n} feeds of {@code entries} entries, RSS, Atom and JSON Feed in turn, with ETags. GET
 * /bump adds one entry to every feed. Prints its port on the first line of stdout. A third argument
 * {@code xml} serves RSS and Atom only.
 */
public final class FeedFarmServer {
  private static volatile int generation;
  private static int formats = 3;
  private static byte[][] bodies;
  private static String[] etags;

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    int entries = Integer.parseInt(args[1]);
    if (args.length > 2 && args[2].equals("xml")) {
      formats = 2; // RSS and Atom only, for readers without JSON Feed
    }
    render(n, entries);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/f/", ex -> serve(ex));
    server.createContext(
        "/bump",
        ex -> {
          generation++;
          render(n, entries);
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    server.start();
    System.out.println(server.getAddress().getPort());
    System.out.flush();
  }

  private static void serve(HttpExchange ex) throws IOException {
    String p = ex.getRequestURI().getPath();
    int i = Integer.parseInt(p.substring(3, p.indexOf('.')));
    if (etags[i].equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.sendResponseHeaders(304, -1);
      ex.close();
      return;
    }
    ex.getResponseHeaders().add("ETag", etags[i]);
    ex.getResponseHeaders()
        .add("Content-Type", i % formats == 2 ? "application/feed+json" : "application/xml");
    ex.sendResponseHeaders(200, bodies[i].length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(bodies[i]);
    }
  }

  private static synchronized void render(int n, int entries) {
    byte[][] b = new byte[n][];
    String[] e = new String[n];
    for (int i = 0; i < n; i++) {
      String body =
          switch (i % formats) {
            case 0 -> rss(i, entries);
            case 1 -> atom(i, entries);
            default -> json(i, entries);
          };
      b[i] = body.getBytes(StandardCharsets.UTF_8);
      e[i] = "\"" + i + "-" + generation + "\"";
    }
    bodies = b;
    etags = e;
  }

  private static String text(int feed, int k) {
    return "Officials in region "
        + feed
        + " said on day "
        + k
        + " that talks on the ceasefire would resume, "
        + "while analysts warned that air defence systems and mercenary groups remained active. "
        + "The statement followed reports of shelling near the border and a new round of sanctions.";
  }

  private static String rss(int i, int entries) {
    StringBuilder s =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Feed "
                + i
                + "</title><link>http://127.0.0.1/"
                + i
                + "</link><description>d</description>");
    for (int k = generation; k < generation + entries; k++) {
      s.append("<item><guid>urn:f")
          .append(i)
          .append(':')
          .append(k)
          .append("</guid><title>Story ")
          .append(k)
          .append(" of feed ")
          .append(i)
          .append("</title><link>http://127.0.0.1/")
          .append(i)
          .append('/')
          .append(k)
          .append("</link><description><![CDATA[<p>")
          .append(text(i, k))
          .append("</p>]]></description><pubDate>")
          .append(
              DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)))
          .append("</pubDate></item>");
    }
    return s.append("</channel></rss>").toString();
  }

  private static String atom(int i, int entries) {
    StringBuilder s =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Feed "
                + i
                + "</title><id>urn:feed:"
                + i
                + "</id>"
                + "<updated>"
                + Instant.now()
                + "</updated><link href=\"http://127.0.0.1/"
                + i
                + "\"/>");
    for (int k = generation; k < generation + entries; k++) {
      s.append("<entry><id>urn:f")
          .append(i)
          .append(':')
          .append(k)
          .append("</id><title>Story ")
          .append(k)
          .append("</title><link href=\"http://127.0.0.1/")
          .append(i)
          .append('/')
          .append(k)
          .append("\"/><updated>")
          .append(Instant.now())
          .append("</updated><summary type=\"html\">&lt;p&gt;")
          .append(text(i, k))
          .append("&lt;/p&gt;</summary></entry>");
    }
    return s.append("</feed>").toString();
  }

  private static String json(int i, int entries) {
    StringBuilder s =
        new StringBuilder(
            "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Feed "
                + i
                + "\",\"home_page_url\":\"http://127.0.0.1/"
                + i
                + "\",\"items\":[");
    for (int k = generation; k < generation + entries; k++) {
      s.append(k == generation ? "" : ",")
          .append("{\"id\":\"urn:f")
          .append(i)
          .append(':')
          .append(k)
          .append("\",\"url\":\"http://127.0.0.1/")
          .append(i)
          .append('/')
          .append(k)
          .append("\",\"title\":\"Story ")
          .append(k)
          .append("\",\"content_html\":\"<p>")
          .append(text(i, k))
          .append("</p>\",\"date_published\":\"")
          .append(Instant.now())
          .append("\"}");
    }
    return s.append("]}").toString();
  }
}
