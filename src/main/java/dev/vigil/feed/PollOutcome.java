package dev.vigil.feed;

import dev.vigil.http.FetchOutcome;

/**
 * How one poll of a feed ended: a closed set, so every place that reports it (the metric, the log)
 * handles each case. Built from the {@link FetchOutcome} and what parsing found.
 */
public enum PollOutcome {
  /** New entries. */
  NEW("new", false),
  /** Only entries already published, whose title or text changed. */
  UPDATED("updated", false),
  /** A body with nothing new, or the same bytes as last time. */
  UNCHANGED("unchanged", false),
  /** 304 Not Modified (RFC 9110 15.4.5). */
  NOT_MODIFIED("not-modified", false),
  /** 410 Gone: the feed is disabled. */
  GONE("gone", true),
  /** 429 or 503: polled again after Retry-After or a backoff. */
  RETRY_LATER("retry-later", true),
  /** The address policy refused the feed's address. */
  REFUSED("refused", true),
  /** No usable answer: a network error, a timeout, another status. */
  FETCH_ERROR("fetch-error", true),
  /** An answer that is not a feed Vigil can read. */
  PARSE_ERROR("parse-error", true);

  private final String label;
  private final boolean problem;

  PollOutcome(String label, boolean problem) {
    this.label = label;
    this.problem = problem;
  }

  /** The value of the {@code outcome} label of {@code vigil_feed_polls_total}. */
  public String label() {
    return label;
  }

  /** Whether the feed did not deliver this time (logged as a warning). */
  public boolean problem() {
    return problem;
  }
}
