package fr.sesame.web;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A request the security firewall refuses ({@code //} or an encoded {@code /} in a path, a control
 * character in a header) is answered with a {@code malformed-request} problem, not a bare 400.
 */
@Component
class RejectedRequests implements SmartInitializingSingleton {

  private final WebFilterChainProxy security;
  private final ProblemWriter writer;

  RejectedRequests(WebFilterChainProxy security, ProblemWriter writer) {
    this.security = security;
    this.writer = writer;
  }

  @Override
  public void afterSingletonsInstantiated() {
    security.setExchangeRejectedHandler(this::answer);
  }

  private Mono<Void> answer(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
    return writer.write(
        exchange,
        new ProblemException(ProblemType.MALFORMED_REQUEST, Message.of("request.rejected")));
  }
}
