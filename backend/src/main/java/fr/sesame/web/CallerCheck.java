package fr.sesame.web;

import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whether a long-running request's caller may still call: its session still open, its API key still
 * live. Each kind of caller has its check; a check answers empty for requests not of its kind.
 */
public interface CallerCheck {

  Mono<Boolean> stillValid(ServerWebExchange exchange);
}
