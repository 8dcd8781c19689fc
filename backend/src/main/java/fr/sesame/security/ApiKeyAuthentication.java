package fr.sesame.security;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * What the API-key filter chain needs from API keys, implemented by the apikeys module: security
 * decides how requests are guarded, apikeys how a key is checked and what each scope may call.
 */
public interface ApiKeyAuthentication {

  /** Whether the request carries a bearer token: such requests are the API-key chain's. */
  boolean carriesKey(ServerWebExchange exchange);

  /** Authenticates the request's key, or answers it with a problem. */
  Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain);

  /** Which scope each call needs; whatever is not listed is refused to keys. */
  void authorize(AuthorizeExchangeSpec exchanges);
}
