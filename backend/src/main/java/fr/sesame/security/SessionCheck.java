package fr.sesame.security;

import fr.sesame.web.CallerCheck;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A console session is still open: not signed out, not timed out. Read only, never touched. */
@Component
class SessionCheck implements CallerCheck {

  private final DatabaseClient db;
  private final Clock clock;

  SessionCheck(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Mono<Boolean> stillValid(ServerWebExchange exchange) {
    if (exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null) {
      return Mono.empty(); // an API key's request
    }
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(DatabaseSessions.COOKIE);
    if (cookie == null || cookie.getValue().isBlank()) {
      return Mono.just(false);
    }
    return db.sql("select 1 from web_session where id_hash = :hash and expires_at > :now")
        .bind("hash", SecureTokens.sha256(cookie.getValue()))
        .bind("now", clock.instant().atOffset(ZoneOffset.UTC))
        .map(row -> true)
        .one()
        .defaultIfEmpty(false);
  }
}
