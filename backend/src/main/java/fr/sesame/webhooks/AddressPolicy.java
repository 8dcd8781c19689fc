package fr.sesame.webhooks;

import fr.sesame.web.Message;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may post. The URL must be absolute, {@code https} (plain {@code http} only when
 * private networks are allowed), at most 2000 characters, without user name or password; its host
 * must resolve only to public addresses: not loopback, unspecified, private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata service, fe80::/10), shared
 * (100.64/10), multicast, reserved, nor IPv4 addresses of those kinds written as IPv6. With {@code
 * sesame.webhooks.allow-private-network}, any address is allowed (a school's own network, tests).
 *
 * <p>{@link #resolve} looks the host up, which blocks: call it off the event loop.
 */
final class AddressPolicy {

  static final int MAX_URL_LENGTH = 2000;

  private final boolean allowPrivateNetwork;

  AddressPolicy(boolean allowPrivateNetwork) {
    this.allowPrivateNetwork = allowPrivateNetwork;
  }

  /** Refused: the message says why, for the administrator; it never holds the URL's path. */
  static final class Refused extends Exception {
    private final Message reason;

    Refused(Message reason) {
      super(reason.code() + " " + reason.args(), null, false, false);
      this.reason = reason;
    }

    Message reason() {
      return reason;
    }
  }

  /** The URL as written, checked without any look-up; its host, or why it is refused. */
  URI parse(String url) throws Refused {
    if (url == null || url.isBlank()) {
      throw new Refused(Message.of("webhook.url.absoluteHttps"));
    }
    if (url.length() > MAX_URL_LENGTH) {
      throw new Refused(Message.of("field.sizeMax", MAX_URL_LENGTH));
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new Refused(Message.of("webhook.url.invalid"));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.isOpaque()) {
      throw new Refused(Message.of("webhook.url.absoluteHttps"));
    }
    if (!scheme.equals("https") && !(allowPrivateNetwork && scheme.equals("http"))) {
      throw new Refused(
          allowPrivateNetwork
              ? Message.of("webhook.url.httpsOrHttp")
              : Message.of("webhook.url.https", scheme));
    }
    if (uri.getRawUserInfo() != null) {
      throw new Refused(Message.of("webhook.url.userInfo"));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new Refused(Message.of("webhook.url.host"));
    }
    return uri;
  }

  /** The host without the brackets of an IPv6 literal. */
  static String host(URI uri) {
    String host = uri.getHost();
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /**
   * Looks the host up (blocking) and answers its addresses, every one of them allowed; refused if
   * any is internal, since a later look-up may return that one.
   */
  List<InetAddress> resolve(String host) throws Refused {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new Refused(Message.of("webhook.url.unresolved", host));
    }
    for (InetAddress address : addresses) {
      Optional<Message> refusal = refusal(address);
      if (refusal.isPresent()) {
        throw new Refused(
            Message.of(
                "webhook.url.privateNetwork", host, address.getHostAddress(), refusal.get()));
      }
    }
    return List.of(addresses);
  }

  /** Why this address may not be reached, if it may not. */
  Optional<Message> refusal(InetAddress address) {
    return allowPrivateNetwork ? Optional.empty() : internal(address);
  }

  /** What kind of internal address this is, or empty for a public one. */
  static Optional<Message> internal(InetAddress address) {
    InetAddress embedded = embeddedIpv4(address);
    if (embedded != null) {
      return internal(embedded);
    }
    if (address.isLoopbackAddress()) {
      return Optional.of(Message.of("webhook.address.loopback"));
    }
    if (address.isAnyLocalAddress()) {
      return Optional.of(Message.of("webhook.address.unspecified"));
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of(Message.of("webhook.address.linkLocal"));
    }
    if (address.isSiteLocalAddress()) {
      return Optional.of(Message.of("webhook.address.private"));
    }
    if (address.isMulticastAddress()) {
      return Optional.of(Message.of("webhook.address.multicast"));
    }
    byte[] b = address.getAddress();
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    if (address instanceof Inet4Address) {
      if (first == 0) {
        return Optional.of(Message.of("webhook.address.unspecified"));
      }
      if (first == 100 && (second & 0xC0) == 64) {
        return Optional.of(Message.of("webhook.address.shared"));
      }
      if (first == 192 && second == 0 && (b[2] & 0xFF) == 0) {
        return Optional.of(Message.of("webhook.address.reserved"));
      }
      if (first == 198 && (second & 0xFE) == 18) {
        return Optional.of(Message.of("webhook.address.reserved"));
      }
      if (first >= 240) {
        return Optional.of(Message.of("webhook.address.reserved"));
      }
      return Optional.empty();
    }
    if ((first & 0xFE) == 0xFC) {
      return Optional.of(Message.of("webhook.address.uniqueLocal"));
    }
    return Optional.empty();
  }

  /**
   * The IPv4 address an IPv6 one carries: IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible
   * ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::a.b.c.d}) or 6to4 ({@code 2002:aabb:ccdd::}).
   */
  private static InetAddress embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return null;
    }
    byte[] b = address.getAddress();
    boolean mapped = zero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    // ::a.b.c.d, but not :: nor ::1, which are IPv6's own unspecified and loopback addresses.
    boolean compatible = zero(b, 0, 12) && !(zero(b, 12, 15) && (b[15] == 0 || b[15] == 1));
    boolean nat64 =
        b[0] == 0
            && b[1] == 0x64
            && (b[2] & 0xFF) == 0xFF
            && (b[3] & 0xFF) == 0x9B
            && zero(b, 4, 12);
    try {
      if (mapped || compatible || nat64) {
        return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if (b[0] == 0x20 && b[1] == 0x02) {
        return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
      }
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
    return null;
  }

  private static boolean zero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
