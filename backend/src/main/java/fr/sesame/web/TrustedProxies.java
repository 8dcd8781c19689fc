package fr.sesame.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Forwarded headers count only when the socket's peer is a proxy we trust: a loopback address or
 * one of {@code SESAME_TRUSTED_PROXIES} (addresses or CIDR ranges, comma-separated). From anyone
 * else they are removed before any filter sees them, so a visitor cannot choose the address its
 * failures are counted under, nor the one the audit records.
 *
 * <p>From a trusted proxy, {@code X-Forwarded-For} gives the client: its rightmost address that is
 * not itself a trusted proxy (the proxies each append the peer they saw; what is left of that was
 * written by the client). {@code X-Forwarded-Host}, {@code -Proto}, {@code -Port} and {@code
 * -Prefix} are applied as Spring does. {@code Forwarded} (RFC 7239) is never read: the shipped
 * nginx clears it, and reading two kinds of header would let one contradict the other.
 *
 * <p>Named as Spring's own transformer, so it replaces the one {@code
 * server.forward-headers-strategy=framework} would register, and it applies whatever that setting.
 */
@Component("forwardedHeaderTransformer")
class TrustedProxies extends ForwardedHeaderTransformer {

  private static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<Range> configured;
  private final ForwardedHeaderTransformer remover = new ForwardedHeaderTransformer();

  TrustedProxies(@Value("${sesame.trusted-proxies:}") List<String> trustedProxies) {
    this.configured =
        trustedProxies.stream()
            .map(String::strip)
            .filter(StringUtils::hasText)
            .map(Range::parse)
            .toList();
    remover.setRemoveOnly(true);
  }

  @Override
  public ServerHttpRequest apply(ServerHttpRequest request) {
    if (!hasForwardedHeaders(request)) {
      return request;
    }
    InetSocketAddress peer = request.getRemoteAddress();
    if (peer == null || peer.getAddress() == null || !isTrusted(peer.getAddress())) {
      return remover.apply(request);
    }
    InetAddress client = clientOf(request.getHeaders().get(FORWARDED_FOR));
    ServerHttpRequest forwarded =
        super.apply(
            request
                .mutate()
                .headers(
                    headers -> {
                      headers.remove("Forwarded");
                      headers.remove(FORWARDED_FOR);
                    })
                .build());
    return client == null
        ? forwarded
        : forwarded.mutate().remoteAddress(new InetSocketAddress(client, 0)).build();
  }

  boolean isTrusted(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return true;
    }
    return configured.stream().anyMatch(range -> range.contains(address));
  }

  /** The rightmost address not of a trusted proxy; null when there is none or one is not an IP. */
  private InetAddress clientOf(List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> hops =
        values.stream()
            .flatMap(value -> StringUtils.commaDelimitedListToSet(value).stream())
            .map(String::strip)
            .toList();
    InetAddress client = null;
    for (int i = hops.size() - 1; i >= 0; i--) {
      client = literal(hops.get(i));
      if (client == null || !isTrusted(client)) {
        return client;
      }
    }
    return client;
  }

  /** An IP address written out (IPv6 maybe in brackets, either maybe with a port); never a name. */
  static InetAddress literal(String hop) {
    String host = hop;
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      host = end < 0 ? "" : host.substring(1, end);
    } else if (host.indexOf(':') > 0 && host.indexOf(':') == host.lastIndexOf(':')) {
      host = host.substring(0, host.indexOf(':'));
    }
    if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) {
      return null;
    }
    try {
      // A literal: parsed, never resolved.
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** An address, or a CIDR range such as {@code 172.16.0.0/12}. */
  private record Range(byte[] network, int bits) {

    static Range parse(String text) {
      int slash = text.indexOf('/');
      InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address == null) {
        throw new IllegalArgumentException(
            "SESAME_TRUSTED_PROXIES takes IP addresses or CIDR ranges, not " + text);
      }
      int max = address.getAddress().length * 8;
      int bits = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
      if (bits < 0 || bits > max) {
        throw new IllegalArgumentException("Invalid prefix length in " + text);
      }
      return new Range(address.getAddress(), bits);
    }

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != network.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >> (i % 8);
        if ((candidate[i / 8] & mask) != (network[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
