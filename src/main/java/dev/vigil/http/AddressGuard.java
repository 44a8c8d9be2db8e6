package dev.vigil.http;

import dev.vigil.config.AddressPolicy;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Resolves the host of each URL about to be fetched and refuses it when any of its addresses is in
 * a range the {@link AddressPolicy} forbids, naming the address and the range.
 */
public final class AddressGuard {
  /** Host name to addresses; {@code InetAddress::getAllByName} outside tests. */
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** An address range (RFC 4632 prefix notation) and what it is. */
  private record Range(String cidr, String what, byte[] prefix, int bits) {
    boolean contains(byte[] a) {
      if (a.length != prefix.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >>> (i % 8);
        if ((a[i / 8] & mask) != (prefix[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Refused under every policy: link-local (RFC 3927, RFC 4291) and cloud metadata endpoints. */
  private static final List<Range> ALWAYS =
      List.of(
          range("169.254.0.0/16", "link-local, cloud metadata included"),
          range("fe80::/10", "link-local"),
          range("100.100.100.200/32", "a cloud metadata address"),
          range("fd00:ec2::254/128", "a cloud metadata address"),
          range("0.0.0.0/8", "'this network'"),
          range("::/128", "the unspecified address"));

  /**
   * Also refused by {@code public-only}: the special-purpose ranges of RFC 6890 that are not
   * global.
   */
  private static final List<Range> NON_PUBLIC =
      List.of(
          range("127.0.0.0/8", "loopback"),
          range("::1/128", "loopback"),
          range("10.0.0.0/8", "private"),
          range("172.16.0.0/12", "private"),
          range("192.168.0.0/16", "private"),
          range("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
          range("192.0.0.0/24", "IETF protocol assignments"),
          range("198.18.0.0/15", "benchmarking"),
          range("192.0.2.0/24", "documentation"),
          range("198.51.100.0/24", "documentation"),
          range("203.0.113.0/24", "documentation"),
          range("224.0.0.0/4", "multicast"),
          range("240.0.0.0/4", "reserved"),
          range("fc00::/7", "unique local"),
          range("fec0::/10", "site-local"),
          range("ff00::/8", "multicast"),
          range("2001:db8::/32", "documentation"));

  private static final Range NAT64 = range("64:ff9b::/96", "NAT64");

  private final AddressPolicy policy;
  private final Resolver resolver;

  AddressGuard(AddressPolicy policy, Resolver resolver) {
    this.policy = policy;
    this.resolver = resolver;
  }

  /**
   * Null when {@code uri} may be fetched, else why not: {@link FetchOutcome.Refused} or a failed
   * lookup.
   */
  FetchOutcome check(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      return new FetchOutcome.Failed("no host in " + uri);
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return new FetchOutcome.Failed("unknown host " + host);
    }
    for (InetAddress a : addresses) {
      String rule = refusal(policy, a);
      if (rule != null) {
        return new FetchOutcome.Refused(host, a.getHostAddress(), rule);
      }
    }
    return null;
  }

  /**
   * The rule {@code a} breaks under {@code policy}, e.g. "169.254.0.0/16 (link-local ...) ...", or
   * null.
   */
  static String refusal(AddressPolicy policy, InetAddress a) {
    byte[] bytes = a.getAddress();
    if (a instanceof Inet6Address && NAT64.contains(bytes)) {
      try {
        return refusal(policy, Inet4Address.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
    List<List<Range>> lists =
        policy == AddressPolicy.PUBLIC_ONLY ? List.of(ALWAYS, NON_PUBLIC) : List.of(ALWAYS);
    for (List<Range> ranges : lists) {
      for (Range r : ranges) {
        if (r.contains(bytes)) {
          return r.cidr()
              + " ("
              + r.what()
              + ") is refused by poller.address-policy "
              + policy.configName();
        }
      }
    }
    return null;
  }

  private static Range range(String cidr, String what) {
    int slash = cidr.indexOf('/');
    try {
      byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
      return new Range(cidr, what, prefix, Integer.parseInt(cidr.substring(slash + 1)));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(cidr, e);
    }
  }
}
