package dev.vigil.config;

import java.time.Duration;

/**
 * How feeds are fetched; every field has a default (see {@link ConfigLoader}).
 *
 * @param workers concurrent fetches
 * @param maxBodyBytes largest feed body accepted, checked while streaming
 * @param addressPolicy which addresses fetches may connect to
 */
public record PollerSettings(
    Duration defaultInterval,
    Duration defaultBackfill,
    int workers,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    String userAgent,
    AddressPolicy addressPolicy) {

  public PollerSettings {
    addressPolicy = addressPolicy == null ? AddressPolicy.DEFAULT : addressPolicy;
  }

  /** The settings before the address policy existed; it takes its default. */
  public PollerSettings(Duration defaultInterval, Duration defaultBackfill, int workers, Duration connectTimeout,
      Duration readTimeout, long maxBodyBytes, String userAgent) {
    this(defaultInterval, defaultBackfill, workers, connectTimeout, readTimeout, maxBodyBytes, userAgent, null);
  }

  public PollerSettings withAddressPolicy(AddressPolicy policy) {
    return new PollerSettings(defaultInterval, defaultBackfill, workers, connectTimeout, readTimeout, maxBodyBytes,
        userAgent, policy);
  }
}
