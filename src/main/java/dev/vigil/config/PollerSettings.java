package dev.vigil.config;

import java.time.Duration;

/**
 * How feeds are fetched; every field has a default (see {@link ConfigLoader}).
 *
 * @param workers concurrent fetches
 * @param maxBodyBytes largest feed body accepted, checked while streaming
 * @param addressPolicy which addresses fetches may connect to
 * @param minInterval the shortest wait between two polls of a feed that the adaptive interval may
 *     choose
 * @param hostMaxConcurrent most requests in flight to one host
 * @param hostMinDelay least time between the starts of two requests to one host
 */
public record PollerSettings(
    Duration defaultInterval,
    Duration defaultBackfill,
    int workers,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    String userAgent,
    AddressPolicy addressPolicy,
    Duration minInterval,
    int hostMaxConcurrent,
    Duration hostMinDelay) {

  public static final Duration DEFAULT_MIN_INTERVAL = Duration.ofMinutes(1);
  public static final int DEFAULT_HOST_MAX_CONCURRENT = 2;
  public static final Duration DEFAULT_HOST_MIN_DELAY = Duration.ofSeconds(1);

  public PollerSettings {
    addressPolicy = addressPolicy == null ? AddressPolicy.DEFAULT : addressPolicy;
    minInterval = minInterval == null ? DEFAULT_MIN_INTERVAL : minInterval;
    hostMaxConcurrent = hostMaxConcurrent <= 0 ? DEFAULT_HOST_MAX_CONCURRENT : hostMaxConcurrent;
    hostMinDelay = hostMinDelay == null ? DEFAULT_HOST_MIN_DELAY : hostMinDelay;
  }

  /**
   * The settings before the address policy, adaptive interval and host limits existed; they take
   * their defaults.
   */
  public PollerSettings(
      Duration defaultInterval,
      Duration defaultBackfill,
      int workers,
      Duration connectTimeout,
      Duration readTimeout,
      long maxBodyBytes,
      String userAgent) {
    this(
        defaultInterval,
        defaultBackfill,
        workers,
        connectTimeout,
        readTimeout,
        maxBodyBytes,
        userAgent,
        null,
        null,
        0,
        null);
  }

  public PollerSettings withAddressPolicy(AddressPolicy policy) {
    return new PollerSettings(
        defaultInterval,
        defaultBackfill,
        workers,
        connectTimeout,
        readTimeout,
        maxBodyBytes,
        userAgent,
        policy,
        minInterval,
        hostMaxConcurrent,
        hostMinDelay);
  }
}
