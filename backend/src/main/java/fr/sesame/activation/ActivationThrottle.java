package fr.sesame.activation;

import fr.sesame.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  private static final int MAX_REMEMBERED = 10_000;

  private final DatabaseClient db;
  private final Clock clock;
  // Addresses over the limit, until their window ends: a cache of what the table says.
  private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

  ActivationThrottle(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  Mono<Void> admit(String address) {
    Instant now = clock.instant();
    Instant window = windowStart(now);
    Instant blocked = blockedUntil.get(address);
    if (blocked != null && blocked.isAfter(now)) {
      // Known to be over the limit: answered without touching the database, which an attack
      // would otherwise keep busy.
      return Mono.error(tooMany(now, blocked));
    }
    return db.sql(
            "select failures from activation_failure where address = :address"
                + " and window_start = :window")
        .bind("address", address)
        .bind("window", window.atOffset(ZoneOffset.UTC))
        .map(row -> row.get("failures", Integer.class))
        .one()
        .defaultIfEmpty(0)
        .flatMap(
            failures -> {
              if (failures < MAX_FAILURES) {
                return Mono.<Void>empty();
              }
              remember(address, window.plus(WINDOW), now);
              return Mono.error(tooMany(now, window.plus(WINDOW)));
            });
  }

  private void remember(String address, Instant until, Instant now) {
    if (blockedUntil.size() >= MAX_REMEMBERED) {
      blockedUntil.values().removeIf(end -> !end.isAfter(now));
    }
    if (blockedUntil.size() < MAX_REMEMBERED) {
      blockedUntil.put(address, until);
    }
  }

  private static ProblemException tooMany(Instant now, Instant until) {
    return ProblemException.tooManyAttempts(
        Duration.between(now, until), "Too many wrong codes from this network. Try again later.");
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
