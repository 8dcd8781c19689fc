package fr.sesame.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Endpoints that fail on purpose; hidden from the served API so they stay out of the contract. */
@Hidden
@RestController
class ProblemFixtureController {

  static final String SECRET = "db-password=hunter2";

  @GetMapping("/api/test-fixtures/boom")
  Mono<String> boom() {
    return Mono.error(new IllegalStateException("Failed with " + SECRET));
  }

  @PostMapping("/api/test-fixtures/echo")
  Mono<Map<String, Object>> echo(@RequestBody Map<String, Object> body) {
    return Mono.just(body);
  }
}
