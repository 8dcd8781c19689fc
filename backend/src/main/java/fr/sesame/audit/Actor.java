package fr.sesame.audit;

import fr.sesame.web.ClientAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Who acts, and from which address, as the audit records it. */
public record Actor(String name, String address) {

  public static Actor of(String name, ServerHttpRequest request) {
    String address = ClientAddress.of(request);
    return new Actor(name, ClientAddress.UNKNOWN.equals(address) ? null : address);
  }
}
