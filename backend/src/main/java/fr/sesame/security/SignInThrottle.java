package fr.sesame.security;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Growing back-off on repeated sign-in attempts for one username, known or not: each attempt counts
 * until a correct password resets the count; from the 5th on, the next must wait 1, 2, 4, ...
 * seconds, up to 15 minutes. Counted in PostgreSQL so every instance sees the same count; forgotten
 * after an hour without failure.
 */
@Component
public class SignInThrottle {

  static final int FREE_FAILURES = 4;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);

  private final DatabaseClient db;
  private final Clock clock;
  private final TransactionalOperator transaction;

  SignInThrottle(DatabaseClient db, Clock clock, ReactiveTransactionManager transactions) {
    this.db = db;
    this.clock = clock;
    this.transaction = TransactionalOperator.create(transactions);
  }

  public static String keyOf(String username) {
    String key = username.trim().toLowerCase(Locale.ROOT);
    return key.length() > 100 ? key.substring(0, 100) : key;
  }

  /**
   * Counts this attempt before the password is checked, or refuses it with {@code
   * too-many-attempts} while the username must wait. The row is locked while deciding, so parallel
   * guesses are counted one by one and none slips past the back-off.
   */
  public Mono<Void> admit(String key) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    Mono<Void> ensureRow =
        db.sql(
                "insert into sign_in_failure (username_key, failures, last_failure_at)"
                    + " values (:key, 0, :now) on conflict (username_key) do nothing")
            .bind("key", key)
            .bind("now", now)
            .then();
    Mono<Void> decide =
        db.sql(
                "select failures, last_failure_at, blocked_until from sign_in_failure"
                    + " where username_key = :key for update")
            .bind("key", key)
            .map(
                row ->
                    new Counter(
                        row.get("failures", Integer.class),
                        row.get("last_failure_at", OffsetDateTime.class),
                        row.get("blocked_until", OffsetDateTime.class)))
            .one()
            .flatMap(counter -> count(key, counter, now));
    return ensureRow.then(decide).as(transaction::transactional);
  }

  private record Counter(int failures, OffsetDateTime lastFailureAt, OffsetDateTime blockedUntil) {}

  private Mono<Void> count(String key, Counter counter, OffsetDateTime now) {
    if (counter.blockedUntil() != null && counter.blockedUntil().isAfter(now)) {
      return Mono.error(
          ProblemException.tooManyAttempts(
              Duration.between(now, counter.blockedUntil()), Message.of("signIn.tooManyFailures")));
    }
    int attempts =
        counter.lastFailureAt().isBefore(now.minus(FORGET_AFTER)) ? 1 : counter.failures() + 1;
    OffsetDateTime blockedUntil = attempts > FREE_FAILURES ? now.plus(waitAfter(attempts)) : null;
    return db.sql(
            "update sign_in_failure set failures = :failures, last_failure_at = :now,"
                + " blocked_until = :until where username_key = :key")
        .bind("failures", attempts)
        .bind("now", now)
        .bind("until", Parameter.fromOrEmpty(blockedUntil, OffsetDateTime.class))
        .bind("key", key)
        .then();
  }

  /** A correct password: the username starts afresh. */
  public Mono<Void> reset(String key) {
    return db.sql("delete from sign_in_failure where username_key = :key").bind("key", key).then();
  }

  static Duration waitAfter(int failures) {
    int exponent = Math.min(failures - FREE_FAILURES - 1, 20);
    Duration wait = Duration.ofSeconds(1L << exponent);
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }
}
