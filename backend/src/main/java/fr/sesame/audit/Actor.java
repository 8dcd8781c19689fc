package fr.sesame.audit;

import fr.sesame.web.ClientAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Who acts, and from which address, as the audit records it. {@code name} is the username (or the
 * program's name); an administrator's {@code displayName} tells people apart in the journal.
 */
public record Actor(String name, String address, String displayName) {

  public Actor(String name, String address) {
    this(name, address, null);
  }

  public static Actor of(String name, ServerHttpRequest request) {
    return of(name, null, request);
  }

  public static Actor of(String name, String displayName, ServerHttpRequest request) {
    String address = ClientAddress.of(request);
    return new Actor(name, ClientAddress.UNKNOWN.equals(address) ? null : address, displayName);
  }
}
