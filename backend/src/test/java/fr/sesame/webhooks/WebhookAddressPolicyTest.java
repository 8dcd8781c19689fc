package fr.sesame.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses and URLs a webhook may use; literals only, so no DNS is asked. */
class WebhookAddressPolicyTest {

  private final AddressPolicy strict = new AddressPolicy(false);
  private final AddressPolicy open = new AddressPolicy(true);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.1.2.3",
        "0.0.0.0",
        "10.0.0.1",
        "10.255.255.255",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.10",
        "169.254.169.254",
        "100.64.0.1",
        "100.127.255.254",
        "224.0.0.1",
        "255.255.255.255",
        "::",
        "::1",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "::127.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "2002:c0a8:0101::1"
      })
  void internalAddressesAreRefused(String literal) throws Exception {
    InetAddress address = InetAddress.getByName(literal);
    assertThat(AddressPolicy.internal(address)).as(literal).isPresent();
    assertThat(strict.refusal(address)).as(literal).isPresent();
    assertThatThrownBy(() -> strict.resolve(literal))
        .isInstanceOf(AddressPolicy.Refused.class)
        .hasMessageContaining("webhook.url.privateNetwork");
    // Unless the deployment allows its private network.
    assertThat(open.refusal(address)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.215.14",
        "8.8.8.8",
        "172.32.0.1",
        "100.128.0.1",
        "169.255.0.1",
        "2606:4700::1111",
        "::ffff:8.8.8.8"
      })
  void publicAddressesAreAccepted(String literal) throws Exception {
    assertThat(AddressPolicy.internal(InetAddress.getByName(literal))).as(literal).isEmpty();
    assertThat(strict.resolve(literal)).hasSize(1);
  }

  @Test
  void urlsMustBeAbsoluteHttpsWithoutUserInfo() throws Exception {
    assertThat(strict.parse("https://ent.example.fr/hooks/sesame?x=1"))
        .isEqualTo(URI.create("https://ent.example.fr/hooks/sesame?x=1"));
    assertRefused(strict, "http://ent.example.fr/hook", "webhook.url.https [http]");
    assertRefused(strict, "/hooks/sesame", "webhook.url.absoluteHttps");
    assertRefused(strict, "ftp://ent.example.fr/x", "webhook.url.https [ftp]");
    assertRefused(strict, "https://user:pw@ent.example.fr/x", "webhook.url.userInfo");
    assertRefused(strict, "https:///nohost", "webhook.url.host");
    assertRefused(strict, "https://ent.example.fr/" + "a".repeat(2000), "field.sizeMax [2000]");
    assertRefused(strict, "mailto:someone@example.fr", "webhook.url.absoluteHttps");
    assertRefused(strict, "https://exa mple.fr/", "webhook.url.invalid");
    // Plain http only where private networks are allowed (tests, a school's own network).
    assertThat(open.parse("http://127.0.0.1:8080/hook").getPort()).isEqualTo(8080);
  }

  @Test
  void anIpv6LiteralIsCheckedWithoutItsBrackets() throws Exception {
    URI uri = strict.parse("https://[::1]/hook");
    assertThat(AddressPolicy.host(uri)).isEqualTo("::1");
    assertThatThrownBy(() -> strict.resolve(AddressPolicy.host(uri)))
        .hasMessageContaining("webhook.address.loopback");
  }

  private static void assertRefused(AddressPolicy policy, String url, String why) {
    assertThatThrownBy(() -> policy.parse(url))
        .as(url)
        .isInstanceOf(AddressPolicy.Refused.class)
        .hasMessageContaining(why);
  }
}
