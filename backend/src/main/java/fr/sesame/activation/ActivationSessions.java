package fr.sesame.activation;

import fr.sesame.security.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The restricted sessions a verified letter opens: cookie {@value #COOKIE}, sent only to {@code
 * /api/activation}, valid {@code LIFETIME} at most and never past the letter's expiry. The table
 * holds only the cookie's SHA-256.
 */
@Component("activationSessions")
public class ActivationSessions implements ServerSecurityContextRepository {

  static final String COOKIE = "SESAME_ACTIVATION";
  static final Duration LIFETIME = Duration.ofMinutes(15);
  private static final String LOADED = ActivationSessions.class.getName() + ".loaded";

  private final ActivationRepository repository;
  private final SecureTokens tokens;
  private final Clock clock;

  ActivationSessions(ActivationRepository repository, SecureTokens tokens, Clock clock) {
    this.repository = repository;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** Opens the session of a verified letter; answers when it ends. */
  Mono<OffsetDateTime> open(ServerWebExchange exchange, ActivationRepository.Letter letter) {
    OffsetDateTime now = now();
    OffsetDateTime end = now.plus(LIFETIME);
    OffsetDateTime expiresAt = end.isBefore(letter.expiresAt()) ? end : letter.expiresAt();
    String token = tokens.urlSafe(32);
    return repository
        .insertSession(SecureTokens.sha256(token), letter.credentialId(), expiresAt)
        .doOnSuccess(
            done ->
                exchange
                    .getResponse()
                    .addCookie(cookie(exchange, token, Duration.between(now, expiresAt))))
        .thenReturn(expiresAt);
  }

  @Override
  public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
    return Mono.error(new UnsupportedOperationException("Sessions open through open()"));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Mono<SecurityContext> load(ServerWebExchange exchange) {
    return (Mono<SecurityContext>)
        exchange.getAttributes().computeIfAbsent(LOADED, key -> lookUp(exchange).cache());
  }

  /** Clears the cookie; the rows go when the letter is used. */
  void forget(ServerWebExchange exchange) {
    exchange.getResponse().addCookie(cookie(exchange, "", Duration.ZERO));
  }

  private Mono<SecurityContext> lookUp(ServerWebExchange exchange) {
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
    if (cookie == null || cookie.getValue().isBlank()) {
      return Mono.empty();
    }
    return repository
        .findSession(SecureTokens.sha256(cookie.getValue()), now())
        .filter(ActivationRepository.Letter::usable)
        .map(
            letter ->
                new SecurityContextImpl(
                    ActivationAttempt.verified(
                        new ActivationPrincipal(
                            letter.credentialId(), letter.accountId(), letter.login()))));
  }

  private static ResponseCookie cookie(ServerWebExchange exchange, String value, Duration maxAge) {
    return ResponseCookie.from(COOKIE, value)
        .httpOnly(true)
        .secure("https".equals(exchange.getRequest().getURI().getScheme()))
        .sameSite("Strict")
        .path("/api/activation")
        .maxAge(maxAge)
        .build();
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
