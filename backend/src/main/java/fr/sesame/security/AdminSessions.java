package fr.sesame.security;

import java.util.UUID;
import org.springframework.http.HttpCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Ends an administrator's console sessions: all of them when they are disabled, all but the one in
 * use when they change their password.
 */
@Component
public class AdminSessions {

  private final DatabaseClient db;

  AdminSessions(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Long> endAll(UUID userId) {
    return db.sql("delete from web_session where user_id = :user")
        .bind("user", userId)
        .fetch()
        .rowsUpdated();
  }

  /** Every session of this administrator except the one {@code exchange} came with. */
  public Mono<Long> endOthers(UUID userId, ServerWebExchange exchange) {
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(DatabaseSessions.COOKIE);
    String current = cookie == null ? "" : SecureTokens.sha256(cookie.getValue());
    return db.sql("delete from web_session where user_id = :user and id_hash <> :current")
        .bind("user", userId)
        .bind("current", current)
        .fetch()
        .rowsUpdated();
  }
}
