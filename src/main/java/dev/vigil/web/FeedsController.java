package dev.vigil.web;

import dev.vigil.feed.FeedHealth;
import dev.vigil.feed.FeedStatuses;
import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import java.util.List;

/** Feed health over HTTP: every feed's state, and a summary of the ones in trouble. */
@Controller("/api/feeds")
public class FeedsController {
  private final BeanContext beans;

  public FeedsController(BeanContext beans) {
    this.beans = beans;
  }

  /** Every configured feed, or only those in {@code ?state=ok|erroring|disabled}. */
  @Get
  public List<FeedStatuses.FeedStatus> list(@Nullable @QueryValue String state) {
    try {
      return statuses().list(state);
    } catch (IllegalArgumentException e) {
      throw new HttpStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  /** Counts by state, and the feeds that are not ok, erroring first. */
  @Get("/health")
  public FeedHealth.Summary health() {
    return statuses().health();
  }

  /** Registered by the daemon once the poller runs; until then there are no feeds to show. */
  private FeedStatuses statuses() {
    return beans
        .findBean(FeedStatuses.class)
        .orElseThrow(
            () ->
                new HttpStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "the feed poller is not running"));
  }
}
