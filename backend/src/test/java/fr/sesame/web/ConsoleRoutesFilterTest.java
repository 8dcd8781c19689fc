package fr.sesame.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class ConsoleRoutesFilterTest {

  @ParameterizedTest
  @CsvSource({
    "GET, /accounts, /index.html",
    "GET, /, /index.html",
    "GET, /settings/identity, /index.html",
    "GET, /assets/index-abc.js, /assets/index-abc.js",
    "GET, /api/auth/me, /api/auth/me",
    "GET, /api, /api",
    "GET, /actuator/health, /actuator/health",
    "GET, /v3/api-docs, /v3/api-docs",
    "POST, /accounts, /accounts",
  })
  void forwardsOnlyConsoleRoutes(String method, String path, String expected) {
    assertThat(pathSeenDownstream(new ConsoleRoutesFilter(true), method, path)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"/accounts", "/"})
  void leavesEverythingAloneWithoutAConsole(String path) {
    assertThat(pathSeenDownstream(new ConsoleRoutesFilter(false), "GET", path)).isEqualTo(path);
  }

  private static String pathSeenDownstream(ConsoleRoutesFilter filter, String method, String path) {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(
            MockServerHttpRequest.method(HttpMethod.valueOf(method), path).build());
    AtomicReference<String> seen = new AtomicReference<>();
    filter
        .filter(
            exchange,
            forwarded -> {
              seen.set(forwarded.getRequest().getPath().value());
              return Mono.empty();
            })
        .block();
    return seen.get();
  }
}
