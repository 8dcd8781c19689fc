package fr.sesame.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail as the whole response: used by the error handler and by security. Title,
 * detail and field messages are in the language {@link Languages} picks from {@code
 * Accept-Language}, named by {@code Content-Language}.
 */
@Component
public class ProblemWriter {

  private final JsonMapper json;
  private final Messages messages;

  ProblemWriter(JsonMapper json, Messages messages) {
    this.json = json;
    this.messages = messages;
  }

  public Mono<Void> write(ServerWebExchange exchange, ProblemException problem) {
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(problem.type().status());
    HttpHeaders headers = response.getHeaders();
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    Locale locale = Languages.of(exchange.getRequest());
    headers.setContentLanguage(locale);
    headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    if (problem.retryAfter() != null) {
      headers.set(
          HttpHeaders.RETRY_AFTER,
          Long.toString(ProblemException.retryAfterSeconds(problem.retryAfter())));
    }
    DataBuffer body =
        response
            .bufferFactory()
            .wrap(
                json.writer()
                    .withAttribute(MessageJson.LOCALE, locale)
                    .writeValueAsBytes(body(exchange, problem, locale)));
    return response.writeWith(Mono.just(body));
  }

  private Map<String, Object> body(
      ServerWebExchange exchange, ProblemException problem, Locale locale) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type().uri().toString());
    body.put("title", messages.title(problem.type(), locale));
    body.put("status", problem.type().status().value());
    body.put("code", problem.code());
    if (problem.detail() != null) {
      body.put("detail", messages.text(problem.detail(), locale));
    }
    body.put("instance", exchange.getRequest().getPath().value());
    problem.properties().forEach(body::putIfAbsent);
    return body;
  }
}
