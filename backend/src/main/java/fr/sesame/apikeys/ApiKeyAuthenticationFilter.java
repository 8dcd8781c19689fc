package fr.sesame.apikeys;

import fr.sesame.SesameProperties;
import fr.sesame.security.ApiKeyAuthentication;
import fr.sesame.security.SecureTokens;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import fr.sesame.web.ProblemWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Authenticates {@code Authorization: Bearer sk_…}: one SQL statement finds the live key by its
 * SHA-256, counts the request in the key's current minute and notes the last use. Beyond the limit,
 * {@code 429} with {@code Retry-After} until the next minute.
 */
@Component // not a WebFilter bean, which would run on every request: the API-key chain calls it
class ApiKeyAuthenticationFilter implements ApiKeyAuthentication {

  private final ApiKeyRepository keys;
  private final ProblemWriter problems;
  private final Clock clock;
  private final int requestsPerMinute;

  ApiKeyAuthenticationFilter(
      ApiKeyRepository keys, ProblemWriter problems, Clock clock, SesameProperties properties) {
    this.keys = keys;
    this.problems = problems;
    this.clock = clock;
    this.requestsPerMinute = properties.apiKeys().requestsPerMinute();
  }

  @Override
  public boolean carriesKey(ServerWebExchange exchange) {
    return bearer(exchange) != null;
  }

  @Override
  public void authorize(AuthorizeExchangeSpec exchanges) {
    ApiKeyRules.apply(exchanges);
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String key = bearer(exchange);
    if (key == null || !key.startsWith(ApiKeyService.PREFIX)) {
      return rejected(exchange);
    }
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    OffsetDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
    return keys.use(SecureTokens.sha256(key), now, minute)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            use -> {
              if (use.isEmpty()) {
                return rejected(exchange);
              }
              if (use.get().requestsThisMinute() > requestsPerMinute) {
                return problems.write(
                    exchange,
                    ProblemException.tooManyAttempts(
                        Duration.between(now, minute.plusMinutes(1)),
                        Message.of("apiKey.rateLimited", requestsPerMinute)));
              }
              return chain
                  .filter(exchange)
                  .contextWrite(
                      ReactiveSecurityContextHolder.withAuthentication(authentication(use.get())));
            });
  }

  private static UsernamePasswordAuthenticationToken authentication(ApiKeyRepository.Use use) {
    return UsernamePasswordAuthenticationToken.authenticated(
        new ApiKeyPrincipal(use.id(), use.name()),
        null,
        use.scopes().stream().map(scope -> new SimpleGrantedAuthority(scope.authority())).toList());
  }

  private Mono<Void> rejected(ServerWebExchange exchange) {
    return problems.write(
        exchange, new ProblemException(ProblemType.UNAUTHENTICATED, Message.of("apiKey.unknown")));
  }

  private static String bearer(ServerWebExchange exchange) {
    String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).strip();
  }
}
