package fr.sesame.web;

import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address of the client that sent a request: the one place sign-in, activation throttling and
 * audit take it from. It is the socket's peer, or the client a trusted proxy forwarded for (see
 * {@link TrustedProxies}, which has already replaced the peer by then).
 */
public final class ClientAddress {

  /** When the server does not know the peer (never over a real socket). */
  public static final String UNKNOWN = "unknown";

  private ClientAddress() {}

  public static String of(ServerWebExchange exchange) {
    return of(exchange.getRequest());
  }

  /** An IP address in text, or {@link #UNKNOWN}. */
  public static String of(ServerHttpRequest request) {
    InetSocketAddress remote = request.getRemoteAddress();
    if (remote == null) {
      return UNKNOWN;
    }
    if (remote.getAddress() != null) {
      return remote.getAddress().getHostAddress();
    }
    // Unresolved: a forwarded client as text (e.g. from a forwarded-headers strategy); never looked
    // up.
    String host = remote.getHostString();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.isEmpty() ? UNKNOWN : host;
  }
}
