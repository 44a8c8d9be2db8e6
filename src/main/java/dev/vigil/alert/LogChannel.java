package dev.vigil.alert;

import dev.vigil.article.Match;
import dev.vigil.digest.Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one readable line per alert on the console: the default channel, so a new user sees alerts
 * at once.
 */
final class LogChannel implements AlertChannel {
  private static final Logger ALERTS = LoggerFactory.getLogger("vigil.alerts");
  private final String id;

  LogChannel(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String type() {
    return "log";
  }

  @Override
  public void send(Match m) {
    ALERTS
        .atInfo()
        .addKeyValue("rule_id", m.ruleId())
        .addKeyValue("article_id", m.article().id())
        .addKeyValue("channel", id)
        .log(
            "ALERT [{}] {} <{}> matched: {}",
            m.ruleId(),
            m.article().title(),
            m.article().link(),
            String.join(", ", m.terms()));
  }

  @Override
  public void sendDigest(Digest d) {
    ALERTS
        .atInfo()
        .addKeyValue("channel", id)
        .addKeyValue("digest_id", d.id())
        .log("DIGEST {} alerts: {}", d.size(), String.join(", ", d.byRule().keySet()));
    DigestView.lines(d, (url, title) -> title + " <" + url + ">")
        .forEach(
            line ->
                ALERTS
                    .atInfo()
                    .addKeyValue("channel", id)
                    .addKeyValue("digest_id", d.id())
                    .log("DIGEST {}", line));
  }
}
