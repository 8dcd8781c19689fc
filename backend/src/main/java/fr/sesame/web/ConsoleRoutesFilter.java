package fr.sesame.web;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves the console's {@code index.html} for its client-side routes ({@code /accounts}, {@code
 * /login}, ...), so a bookmarked or reloaded page opens. API, actuator and documentation paths and
 * files with an extension are left alone.
 */
@Component
class ConsoleRoutesFilter implements WebFilter {

  private static final List<String> SERVER_PREFIXES =
      List.of("/api/", "/actuator", "/v3/", "/webjars/");

  private final boolean consolePresent;

  ConsoleRoutesFilter() {
    this(new ClassPathResource("static/index.html").exists());
  }

  /** {@code consolePresent} is false in a build without the console: nothing to forward to. */
  ConsoleRoutesFilter(boolean consolePresent) {
    this.consolePresent = consolePresent;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (consolePresent && isConsoleRoute(exchange)) {
      ServerWebExchange forwarded = exchange.mutate().request(r -> r.path("/index.html")).build();
      return chain.filter(forwarded);
    }
    return chain.filter(exchange);
  }

  private static boolean isConsoleRoute(ServerWebExchange exchange) {
    HttpMethod method = exchange.getRequest().getMethod();
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      return false;
    }
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    if (path.equals("/api") || SERVER_PREFIXES.stream().anyMatch(path::startsWith)) {
      return false;
    }
    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
    return !lastSegment.contains(".");
  }
}
