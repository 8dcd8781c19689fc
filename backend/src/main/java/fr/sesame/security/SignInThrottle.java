package fr.sesame.security;

import fr.sesame.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Growing back-off on repeated sign-in failures for one username, known or not: from the 5th
 * failure on, each further attempt waits 1, 2, 4, ... seconds, up to 15 minutes. Counted in
 * PostgreSQL so every instance sees the same count; forgotten after an hour without failure.
 */
@Component
class SignInThrottle {

  static final int FREE_FAILURES = 4;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);

  private final DatabaseClient db;
  private final Clock clock;

  SignInThrottle(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  static String keyOf(String username) {
    String key = username.trim().toLowerCase(Locale.ROOT);
    return key.length() > 100 ? key.substring(0, 100) : key;
  }

  /** Errors with {@code too-many-attempts} while this username must wait. */
  Mono<Void> checkAllowed(String key) {
    Instant now = clock.instant();
    return db.sql("select blocked_until from sign_in_failure where username_key = :key")
        .bind("key", key)
        .map(row -> Optional.ofNullable(row.get("blocked_until", OffsetDateTime.class)))
        .one()
        .flatMap(
            blockedUntil -> {
              if (blockedUntil.isPresent() && blockedUntil.get().toInstant().isAfter(now)) {
                Duration wait = Duration.between(now, blockedUntil.get().toInstant());
                return Mono.error(
                    ProblemException.tooManyAttempts(
                        wait, "Too many failed sign-ins for this username; try again later."));
              }
              return Mono.empty();
            });
  }

  Mono<Void> recordFailure(String key) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return db.sql(
            "insert into sign_in_failure as f (username_key, failures, last_failure_at)"
                + " values (:key, 1, :now)"
                + " on conflict (username_key) do update set"
                + " failures = case when f.last_failure_at < :stale then 1 else f.failures + 1 end,"
                + " last_failure_at = :now"
                + " returning failures")
        .bind("key", key)
        .bind("now", now)
        .bind("stale", now.minus(FORGET_AFTER))
        .map(row -> row.get("failures", Integer.class))
        .one()
        .flatMap(failures -> failures > FREE_FAILURES ? block(key, now, failures) : Mono.empty());
  }

  Mono<Void> reset(String key) {
    return db.sql("delete from sign_in_failure where username_key = :key").bind("key", key).then();
  }

  static Duration waitAfter(int failures) {
    int exponent = Math.min(failures - FREE_FAILURES - 1, 20);
    Duration wait = Duration.ofSeconds(1L << exponent);
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }

  private Mono<Void> block(String key, OffsetDateTime now, int failures) {
    return db.sql("update sign_in_failure set blocked_until = :until where username_key = :key")
        .bind("until", now.plus(waitAfter(failures)))
        .bind("key", key)
        .then();
  }
}
