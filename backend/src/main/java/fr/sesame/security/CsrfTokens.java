package fr.sesame.security;

import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * CSRF tokens in the {@code XSRF-TOKEN} cookie, readable by the console, which echoes them in
 * {@code X-XSRF-TOKEN}. Stateless, so any instance checks any token. Tokens come from {@link
 * SecureTokens} rather than {@code UUID.randomUUID()}, whose generator reads a file per call.
 */
class CsrfTokens implements ServerCsrfTokenRepository {

  static final String HEADER = "X-XSRF-TOKEN";
  private final CookieServerCsrfTokenRepository cookies =
      CookieServerCsrfTokenRepository.withHttpOnlyFalse();
  private final SecureTokens tokens;

  CsrfTokens(SecureTokens tokens) {
    this.tokens = tokens;
    cookies.setCookiePath("/");
    cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
  }

  @Override
  public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
    return Mono.fromSupplier(() -> new DefaultCsrfToken(HEADER, "_csrf", tokens.urlSafe(32)));
  }

  @Override
  public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
    return cookies.saveToken(exchange, token);
  }

  @Override
  public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
    return cookies.loadToken(exchange);
  }
}
