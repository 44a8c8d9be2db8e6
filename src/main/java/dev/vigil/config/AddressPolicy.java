package dev.vigil.config;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which addresses feed fetches may connect to ({@code poller.address-policy}); applied on every
 * redirect hop.
 */
public enum AddressPolicy {
  /**
   * Refuse link-local and cloud-metadata addresses, allow the rest (loopback and private ranges
   * included).
   */
  DEFAULT,
  /**
   * Also refuse loopback, private, shared and reserved ranges: for feed URLs that come from
   * untrusted users.
   */
  PUBLIC_ONLY;

  /** The name written in the configuration file. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The policy with this configuration name, or null. */
  public static AddressPolicy named(String name) {
    return Arrays.stream(values())
        .filter(p -> p.configName().equals(name))
        .findFirst()
        .orElse(null);
  }
}
