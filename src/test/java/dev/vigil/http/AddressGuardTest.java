package dev.vigil.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.config.AddressPolicy;
import dev.vigil.config.ConfigLoader;
import dev.vigil.testing.ScriptedServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The address policy, on the first request and on every redirect hop; names resolve through a fake
 * resolver.
 */
class AddressGuardTest {
  private static InetAddress ip(String literal) throws UnknownHostException {
    return InetAddress.getByName(literal);
  }

  private static String rule(AddressPolicy p, String literal) throws UnknownHostException {
    return AddressGuard.refusal(p, ip(literal));
  }

  @Test
  void theDefaultRefusesLinkLocalAndMetadataAndAllowsTheRest() throws Exception {
    for (String refused :
        List.of(
            "169.254.169.254",
            "169.254.0.1",
            "fe80::1",
            "febf::1",
            "fd00:ec2::254",
            "100.100.100.200",
            "0.0.0.0",
            "::",
            "::ffff:169.254.169.254",
            "64:ff9b::a9fe:a9fe")) {
      assertThat(rule(AddressPolicy.DEFAULT, refused)).as(refused).isNotNull();
    }
    for (String allowed :
        List.of(
            "127.0.0.1",
            "::1",
            "10.1.2.3",
            "192.168.1.1",
            "172.16.0.1",
            "fc00::1",
            "93.184.215.14",
            "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
            "169.255.0.1",
            "fec0::1")) {
      assertThat(rule(AddressPolicy.DEFAULT, allowed)).as(allowed).isNull();
    }
    assertThat(rule(AddressPolicy.DEFAULT, "169.254.169.254"))
        .isEqualTo(
            "169.254.0.0/16 (link-local, cloud metadata included) is refused by poller.address-policy default");
  }

  @Test
  void publicOnlyAlsoRefusesPrivateLoopbackAndReservedRanges() throws Exception {
    for (String refused :
        List.of(
            "127.0.0.1",
            "::1",
            "10.1.2.3",
            "172.31.255.255",
            "192.168.1.1",
            "100.64.0.1",
            "fc00::1",
            "fd12:3456::1",
            "224.0.0.1",
            "255.255.255.255",
            "198.18.0.1",
            "169.254.169.254",
            "64:ff9b::c0a8:101",
            "::ffff:10.0.0.1")) {
      assertThat(rule(AddressPolicy.PUBLIC_ONLY, refused)).as(refused).isNotNull();
    }
    for (String allowed :
        List.of(
            "93.184.215.14",
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
            "64:ff9b::808:808")) {
      assertThat(rule(AddressPolicy.PUBLIC_ONLY, allowed)).as(allowed).isNull();
    }
    assertThat(rule(AddressPolicy.PUBLIC_ONLY, "10.0.0.1"))
        .isEqualTo("10.0.0.0/8 (private) is refused by poller.address-policy public-only");
  }

  @Test
  void aRedirectToAMetadataAddressIsRefusedBeforeConnecting() throws Exception {
    AddressGuard.Resolver dns =
        host ->
            host.equals("metadata.test")
                ? new InetAddress[] {ip("169.254.169.254")}
                : InetAddress.getAllByName(host);
    try (ScriptedServer server = new ScriptedServer()) {
      server.respondAt(
          "/feed", 302, Map.of("Location", "http://metadata.test/latest/meta-data/"), new byte[0]);
      FetchOutcome o =
          new Fetcher(FetcherTest.settings(), dns).fetch(server.url("/feed"), null, null);
      assertThat(o)
          .isEqualTo(
              new FetchOutcome.Refused(
                  "metadata.test",
                  "169.254.169.254",
                  "169.254.0.0/16 (link-local, cloud metadata included) is refused by poller.address-policy default"));
      assertThat(FetchOutcome.describe(o))
          .startsWith("refused metadata.test at 169.254.169.254: 169.254.0.0/16");
      assertThat(server.paths()).containsExactly("/feed");
    }
  }

  @Test
  void publicOnlyRefusesLoopbackFeedsAndAnyRefusedAddressOfAHostCounts() throws Exception {
    try (ScriptedServer server = new ScriptedServer()) {
      server.respond(200, Map.of(), "<rss/>".getBytes());
      Fetcher strict =
          new Fetcher(FetcherTest.settings().withAddressPolicy(AddressPolicy.PUBLIC_ONLY));
      assertThat(strict.fetch(server.url("/feed"), null, null))
          .isInstanceOf(FetchOutcome.Refused.class);
      assertThat(server.paths()).isEmpty();
      assertThat(new Fetcher(FetcherTest.settings()).fetch(server.url("/feed"), null, null))
          .as("the default allows loopback")
          .isInstanceOf(FetchOutcome.Fetched.class);
    }
    AddressGuard mixed =
        new AddressGuard(
            AddressPolicy.PUBLIC_ONLY,
            host -> new InetAddress[] {ip("93.184.215.14"), ip("10.0.0.7")});
    assertThat(mixed.check(java.net.URI.create("http://mixed.test/")))
        .isEqualTo(
            new FetchOutcome.Refused(
                "mixed.test",
                "10.0.0.7",
                "10.0.0.0/8 (private) is refused by poller.address-policy public-only"));
  }

  @Test
  void theConfigOptionIsReadAndChecked() {
    assertThat(ConfigLoader.defaults().poller().addressPolicy()).isEqualTo(AddressPolicy.DEFAULT);
    ConfigLoader loader = new ConfigLoader(k -> null);
    assertThat(
            loader
                .parse("poller: {address-policy: public-only}", java.nio.file.Path.of("v.yml"))
                .poller()
                .addressPolicy())
        .isEqualTo(AddressPolicy.PUBLIC_ONLY);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> loader.parse("poller: {address-policy: open}", java.nio.file.Path.of("v.yml")))
        .hasMessageContaining(
            "v.yml: poller.address-policy: must be default or public-only, got open");
  }
}
