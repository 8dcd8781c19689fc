package fr.sesame.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** Whose forwarded headers count, and which client they name. */
class TrustedProxiesTest {

  private final TrustedProxies proxies =
      new TrustedProxies(List.of("172.16.0.0/12", "2001:db8::7"));

  @Test
  void aVisitorsOwnForwardingHeadersAreRemovedAndItsSocketAddressCounts() {
    ServerHttpRequest request =
        proxies.apply(
            from("203.0.113.9")
                .header("X-Forwarded-For", "198.51.100.1")
                .header("Forwarded", "for=198.51.100.1")
                .header("X-Forwarded-Host", "evil.example")
                .build());
    assertThat(ClientAddress.of(request)).isEqualTo("203.0.113.9");
    assertThat(request.getHeaders().headerNames())
        .noneMatch(name -> name.toLowerCase().contains("forwarded"));
    assertThat(request.getURI().getHost()).isEqualTo("sesame.example");
  }

  @Test
  void aTrustedProxyNamesTheClientAndTheHost() {
    ServerHttpRequest request =
        proxies.apply(
            from("172.20.0.5")
                .header("X-Forwarded-For", "198.51.100.1")
                .header("X-Forwarded-Host", "ecole.example")
                .header("X-Forwarded-Proto", "https")
                .build());
    assertThat(ClientAddress.of(request)).isEqualTo("198.51.100.1");
    assertThat(request.getURI().toString()).startsWith("https://ecole.example/");
  }

  @Test
  void theClientIsTheRightmostAddressNoTrustedProxyWrote() {
    ServerHttpRequest request =
        proxies.apply(
            from("127.0.0.1")
                .header("X-Forwarded-For", "10.9.9.9, 198.51.100.1, 172.17.0.2")
                .build());
    assertThat(ClientAddress.of(request)).isEqualTo("198.51.100.1");
  }

  @Test
  void theRfc7239HeaderIsNeverReadEvenFromAProxy() {
    ServerHttpRequest request =
        proxies.apply(from("127.0.0.1").header("Forwarded", "for=198.51.100.1").build());
    assertThat(ClientAddress.of(request)).isEqualTo("127.0.0.1");
  }

  @Test
  void ipv6ClientsAsNginxWritesThemAndNamesThatAreNotAddresses() {
    assertThat(
            ClientAddress.of(
                proxies.apply(
                    from("2001:db8::7").header("X-Forwarded-For", "2001:db8:1::42").build())))
        .isEqualTo("2001:db8:1:0:0:0:0:42");
    assertThat(
            ClientAddress.of(
                proxies.apply(from("127.0.0.1").header("X-Forwarded-For", "localhost").build())))
        .as("never looked up: the proxy itself stays the client")
        .isEqualTo("127.0.0.1");
  }

  @Test
  void anUnresolvedAddressIsReadAsTextAndNoAddressIsUnknown() {
    ServerHttpRequest unresolved =
        MockServerHttpRequest.get("/")
            .remoteAddress(InetSocketAddress.createUnresolved("198.51.100.1", 0))
            .build();
    assertThat(ClientAddress.of(unresolved)).isEqualTo("198.51.100.1");
    assertThat(ClientAddress.of(MockServerHttpRequest.get("/").build()))
        .isEqualTo(ClientAddress.UNKNOWN);
  }

  @Test
  void aSettingThatIsNotAnAddressIsRefusedAtStart() {
    assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.lan")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proxy.lan");
  }

  private static MockServerHttpRequest.BaseBuilder<?> from(String address) {
    return MockServerHttpRequest.get("http://sesame.example/api/auth/me")
        .remoteAddress(new InetSocketAddress(address, 40000));
  }
}
