package fr.sesame.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail as the whole response: used by the error handler and by security. */
@Component
public class ProblemWriter {

  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  public Mono<Void> write(ServerWebExchange exchange, ProblemException problem) {
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(problem.type().status());
    HttpHeaders headers = response.getHeaders();
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (problem.retryAfter() != null) {
      headers.set(
          HttpHeaders.RETRY_AFTER,
          Long.toString(ProblemException.retryAfterSeconds(problem.retryAfter())));
    }
    DataBuffer body =
        response.bufferFactory().wrap(json.writeValueAsBytes(body(exchange, problem)));
    return response.writeWith(Mono.just(body));
  }

  private static Map<String, Object> body(ServerWebExchange exchange, ProblemException problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type().uri().toString());
    body.put("title", problem.type().title());
    body.put("status", problem.type().status().value());
    if (problem.detail() != null) {
      body.put("detail", problem.detail());
    }
    body.put("instance", exchange.getRequest().getPath().value());
    problem.properties().forEach(body::putIfAbsent);
    return body;
  }
}
