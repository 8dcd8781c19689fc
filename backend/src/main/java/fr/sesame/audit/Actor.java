package fr.sesame.audit;

import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Who acts, and from which address, as the audit records it. */
public record Actor(String name, String address) {

  public static Actor of(String name, ServerHttpRequest request) {
    InetSocketAddress remote = request.getRemoteAddress();
    String address =
        remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    return new Actor(name, address);
  }
}
