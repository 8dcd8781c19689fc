package fr.sesame.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes sure every response carries the {@code XSRF-TOKEN} cookie: Spring Security only writes it
 * when something reads the token, and the console needs it before its first POST (sign-in).
 */
class CsrfCookieFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
    return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
  }
}
