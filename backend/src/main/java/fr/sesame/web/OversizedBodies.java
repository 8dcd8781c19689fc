package fr.sesame.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A request that announces a body larger than any endpoint takes is answered {@code
 * payload-too-large} without parsing it. The body is read to its end and dropped first: clients
 * that send the whole body before reading the answer (Python's urllib, requests) would otherwise
 * see the connection reset instead of the 413. Beyond {@link #DRAIN_LIMIT} the answer is given at
 * once and the connection closed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedBodies implements WebFilter {

  static final long DRAIN_LIMIT = DataSize.ofMegabytes(64).toBytes();

  private final long largestBody;
  private final ProblemWriter writer;

  OversizedBodies(
      @Value("${spring.webflux.multipart.max-in-memory-size:6MB}") DataSize largestBody,
      ProblemWriter writer) {
    this.largestBody = largestBody.toBytes();
    this.writer = writer;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    long declared = exchange.getRequest().getHeaders().getContentLength();
    if (declared <= largestBody) {
      return chain.filter(exchange);
    }
    ProblemException problem =
        new ProblemException(
            ProblemType.PAYLOAD_TOO_LARGE,
            Message.of("request.bodyTooLargeForAny", DataSize.ofBytes(largestBody).toMegabytes()));
    Mono<Void> drained =
        declared <= DRAIN_LIMIT
            ? exchange.getRequest().getBody().doOnNext(DataBufferUtils::release).then()
            : Mono.empty();
    return drained.onErrorComplete().then(Mono.defer(() -> writer.write(exchange, problem)));
  }
}
