package fr.sesame.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers every unhandled error, from any path, with a problem detail. Runs before Spring Boot's
 * own error handler (order -1), so no HTML page or stack trace ever reaches a client.
 */
@Component
@Order(-2)
class ProblemWebExceptionHandler implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

  private final ProblemWriter writer;

  ProblemWebExceptionHandler(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    ProblemException problem = ErrorProblems.from(error);
    if (problem.type() == ProblemType.INTERNAL_ERROR) {
      log.error(
          "Unexpected error on {} {}",
          exchange.getRequest().getMethod(),
          exchange.getRequest().getPath(),
          error);
    }
    if (error instanceof DataIntegrityViolationException clash) {
      // Which constraint: for the operator, not for the client.
      log.warn(
          "Conflict on {}: {}",
          exchange.getRequest().getPath(),
          clash.getMostSpecificCause().getMessage());
    }
    if (error instanceof MethodNotAllowedException notAllowed) {
      exchange.getResponse().getHeaders().setAllow(notAllowed.getSupportedMethods());
    }
    exchange.getResponse().getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    return writer.write(exchange, problem);
  }
}
