package fr.sesame.activation;

import fr.sesame.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Wrong codes per client address: {@value #MAX_FAILURES} in a {@code WINDOW} window, then {@code
 * 429} until the window ends. Counted in PostgreSQL, so every instance sees the same count.
 */
@Component
class ActivationThrottle {

  static final int MAX_FAILURES = 30;
  static final Duration WINDOW = Duration.ofMinutes(10);

  private final DatabaseClient db;
  private final Clock clock;

  ActivationThrottle(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  Mono<Void> admit(String address) {
    Instant now = clock.instant();
    Instant window = windowStart(now);
    return db.sql(
            "select failures from activation_failure where address = :address"
                + " and window_start = :window")
        .bind("address", address)
        .bind("window", window.atOffset(ZoneOffset.UTC))
        .map(row -> row.get("failures", Integer.class))
        .one()
        .defaultIfEmpty(0)
        .flatMap(
            failures ->
                failures < MAX_FAILURES
                    ? Mono.<Void>empty()
                    : Mono.error(
                        ProblemException.tooManyAttempts(
                            Duration.between(now, window.plus(WINDOW)),
                            "Too many wrong codes from this network. Try again later.")));
  }

  Mono<Void> recordFailure(String address) {
    Instant window = windowStart(clock.instant());
    return db.sql(
            "insert into activation_failure (address, window_start, failures)"
                + " values (:address, :window, 1) on conflict (address, window_start)"
                + " do update set failures = activation_failure.failures + 1")
        .bind("address", address)
        .bind("window", window.atOffset(ZoneOffset.UTC))
        .then()
        .then(
            db.sql("delete from activation_failure where window_start < :old")
                .bind("old", window.minus(WINDOW).atOffset(ZoneOffset.UTC))
                .then());
  }

  private static Instant windowStart(Instant now) {
    long size = WINDOW.toMillis();
    return Instant.ofEpochMilli(now.toEpochMilli() / size * size);
  }
}
