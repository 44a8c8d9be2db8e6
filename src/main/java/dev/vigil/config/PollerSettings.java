package dev.vigil.config;

import java.time.Duration;

/**
 * How feeds are fetched; every field has a default (see {@link ConfigLoader}).
 *
 * @param workers concurrent fetches
 * @param maxBodyBytes largest feed body accepted, checked while streaming
 */
public record PollerSettings(
    Duration defaultInterval,
    Duration defaultBackfill,
    int workers,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    String userAgent) {}
