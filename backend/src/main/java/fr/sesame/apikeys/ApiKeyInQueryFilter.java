package fr.sesame.apikeys;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import fr.sesame.web.ProblemWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a key in the address (it would end up in proxy logs and browser history), before any
 * other filter: keys go in the {@code Authorization} header only.
 */
@Component
@Order(-200) // before Spring Security's filters (-100)
class ApiKeyInQueryFilter implements WebFilter {

  private static final Set<String> KEY_PARAMETERS =
      Set.of("api_key", "apikey", "api-key", "access_token", "key", "token");

  private final ProblemWriter problems;

  ApiKeyInQueryFilter(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
      return chain.filter(exchange);
    }
    for (Map.Entry<String, List<String>> parameter :
        exchange.getRequest().getQueryParams().entrySet()) {
      boolean named = KEY_PARAMETERS.contains(parameter.getKey().toLowerCase());
      boolean looksLikeKey =
          parameter.getValue().stream()
              .anyMatch(value -> value != null && value.startsWith(ApiKeyService.PREFIX));
      if (named || looksLikeKey) {
        return problems.write(
            exchange,
            new ProblemException(ProblemType.MALFORMED_REQUEST, Message.of("apiKey.inQuery")));
      }
    }
    return chain.filter(exchange);
  }
}
