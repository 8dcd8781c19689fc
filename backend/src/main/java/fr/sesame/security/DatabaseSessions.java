package fr.sesame.security;

import fr.sesame.SesameProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Console sessions in PostgreSQL, so any instance serves any request. The cookie holds 256 random
 * bits; the table holds only their SHA-256. A session ends after its idle timeout or its absolute
 * timeout, whichever comes first.
 */
@Component
class DatabaseSessions implements ServerSecurityContextRepository {

  static final String COOKIE = "SESAME_SESSION";
  private static final String LOADED = DatabaseSessions.class.getName() + ".loaded";
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final DatabaseClient db;
  private final SecureTokens tokens;
  private final Clock clock;
  private final SesameProperties.Session timeouts;

  DatabaseSessions(
      DatabaseClient db, SecureTokens tokens, Clock clock, SesameProperties properties) {
    this.db = db;
    this.tokens = tokens;
    this.clock = clock;
    this.timeouts = properties.session();
  }

  /** Opens a session for a signed-in context, replacing any session the browser had. */
  @Override
  public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
    if (context == null || context.getAuthentication() == null) {
      return end(exchange);
    }
    UserPrincipal principal = (UserPrincipal) context.getAuthentication().getPrincipal();
    boolean recipient =
        context.getAuthentication().getAuthorities().stream()
            .anyMatch(authority -> authority.getAuthority().equals("ROLE_RECIPIENT"));
    String token = tokens.urlSafe(32);
    OffsetDateTime now = now();
    return end(exchange)
        .then(
            db.sql(
                    "insert into web_session (id_hash, "
                        + (recipient ? "account_id" : "user_id")
                        + ", created_at, last_seen_at, expires_at)"
                        + " values (:hash, :user, :now, :now, :expires)")
                .bind("hash", SecureTokens.sha256(token))
                .bind("user", principal.id())
                .bind("now", now)
                .bind("expires", expiry(now, now))
                .then())
        .then(db.sql("delete from web_session where expires_at < :now").bind("now", now).then())
        .doOnSuccess(done -> exchange.getResponse().addCookie(cookie(exchange, token, null)));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Mono<SecurityContext> load(ServerWebExchange exchange) {
    // Security asks more than once per request; one query is enough.
    return (Mono<SecurityContext>)
        exchange.getAttributes().computeIfAbsent(LOADED, key -> lookUp(exchange).cache());
  }

  /** Deletes the browser's session, if any, and clears its cookie. */
  Mono<Void> end(ServerWebExchange exchange) {
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
    if (cookie == null) {
      return Mono.empty();
    }
    exchange.getResponse().addCookie(cookie(exchange, "", Duration.ZERO));
    return db.sql("delete from web_session where id_hash = :hash")
        .bind("hash", SecureTokens.sha256(cookie.getValue()))
        .then();
  }

  private Mono<SecurityContext> lookUp(ServerWebExchange exchange) {
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
    if (cookie == null || cookie.getValue().isBlank()) {
      return Mono.empty();
    }
    String hash = SecureTokens.sha256(cookie.getValue());
    OffsetDateTime now = now();
    return db.sql(
            "select s.created_at, s.last_seen_at, coalesce(u.id, a.id) as id,"
                + " coalesce(u.username, a.login) as username,"
                + " u.display_name, coalesce("
                + AdminUsers.ROLE
                + ", 'RECIPIENT') as role"
                + " from web_session s left join admin_user u on u.id = s.user_id"
                + " and u.status = 'ACTIVE'"
                + " left join account a on a.id = s.account_id"
                + " and a.connection_mode = 'DIRECT' and a.password_hash is not null"
                + " where s.id_hash = :hash and s.expires_at > :now"
                + " and (u.id is not null or a.id is not null)")
        .bind("hash", hash)
        .bind("now", now)
        .map(
            row ->
                new Session(
                    new AdminUser(
                        row.get("id", UUID.class),
                        row.get("username", String.class),
                        row.get("display_name", String.class),
                        null,
                        row.get("role", String.class)),
                    row.get("created_at", OffsetDateTime.class),
                    row.get("last_seen_at", OffsetDateTime.class)))
        .one()
        .flatMap(session -> touch(hash, session, now).thenReturn(session))
        .map(
            session ->
                new SecurityContextImpl(AdminAuthenticationManager.authenticated(session.user())));
  }

  /** Slides the idle timeout, at most once a minute, never past the absolute timeout. */
  private Mono<Void> touch(String hash, Session session, OffsetDateTime now) {
    if (session.lastSeenAt().plus(TOUCH_EVERY).isAfter(now)) {
      return Mono.empty();
    }
    return db.sql(
            "update web_session set last_seen_at = :now, expires_at = :expires"
                + " where id_hash = :hash")
        .bind("now", now)
        .bind("expires", expiry(session.createdAt(), now))
        .bind("hash", hash)
        .then();
  }

  private OffsetDateTime expiry(OffsetDateTime createdAt, OffsetDateTime now) {
    OffsetDateTime idleEnd = now.plus(timeouts.idleTimeout());
    OffsetDateTime absoluteEnd = createdAt.plus(timeouts.absoluteTimeout());
    return idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
  }

  private ResponseCookie cookie(ServerWebExchange exchange, String value, Duration maxAge) {
    ResponseCookie.ResponseCookieBuilder cookie =
        ResponseCookie.from(COOKIE, value)
            .httpOnly(true)
            .secure("https".equals(exchange.getRequest().getURI().getScheme()))
            .sameSite("Lax")
            .path("/");
    if (maxAge != null) {
      cookie.maxAge(maxAge);
    }
    return cookie.build();
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private record Session(AdminUser user, OffsetDateTime createdAt, OffsetDateTime lastSeenAt) {}
}
