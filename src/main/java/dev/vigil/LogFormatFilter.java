package dev.vigil;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Locale;

/**
 * Lets through only the console appender of the log format chosen with {@code VIGIL_LOG_FORMAT}
 * ({@code text} or {@code json}), so logback.xml can declare both without logback warning that one
 * is unused. An unknown format logs as text.
 */
public final class LogFormatFilter extends Filter<ILoggingEvent> {
  private String chosen = "text";
  private String format = "text";

  /** The format asked for, usually {@code ${VIGIL_LOG_FORMAT:-text}}. */
  public void setChosen(String chosen) {
    this.chosen = "json".equals(chosen.strip().toLowerCase(Locale.ROOT)) ? "json" : "text";
  }

  /** The format of the appender this filter guards. */
  public void setFormat(String format) {
    this.format = format;
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    return chosen.equals(format) ? FilterReply.NEUTRAL : FilterReply.DENY;
  }
}
