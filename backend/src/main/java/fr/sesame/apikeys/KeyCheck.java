package fr.sesame.apikeys;

import fr.sesame.security.SecureTokens;
import fr.sesame.web.CallerCheck;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** An API key is still live: not revoked, not expired. Read only: no use is counted. */
@Component
class KeyCheck implements CallerCheck {

  private final DatabaseClient db;
  private final Clock clock;

  KeyCheck(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Mono<Boolean> stillValid(ServerWebExchange exchange) {
    String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return Mono.empty(); // a console session's request
    }
    if (header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Mono.just(false);
    }
    return db.sql(
            "select 1 from api_key where key_hash = :hash and revoked_at is null"
                + " and expires_at > :now")
        .bind("hash", SecureTokens.sha256(header.substring(7).strip()))
        .bind("now", clock.instant().atOffset(ZoneOffset.UTC))
        .map(row -> true)
        .one()
        .defaultIfEmpty(false);
  }
}
