package fr.sesame.activation;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import java.net.InetAddress;
import java.net.UnknownHostException;
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
 * Attempts per client address (an IPv6 /64 counts as one): {@value #MAX_FAILURES} failures in a
 * {@code WINDOW} window, then {@code 429} until the window ends; right codes are not counted.
 * Counted in PostgreSQL, so every instance sees the same count.
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

  /**
   * Counts this attempt before the code is checked — so a burst of parallel requests cannot slip
   * past the limit — or refuses it with {@code 429} once the window's count is over the limit.
   */
  Mono<Void> admit(String address) {
    String key = keyOf(address);
    Instant now = clock.instant();
    Instant window = windowStart(now);
    Instant blocked = blockedUntil.get(key);
    if (blocked != null && blocked.isAfter(now)) {
      // Known to be over the limit: answered without touching the database, which an attack
      // would otherwise keep busy.
      return Mono.error(tooMany(now, blocked));
    }
    return db.sql(
            "insert into activation_failure (address, window_start, failures)"
                + " values (:address, :window, 1) on conflict (address, window_start)"
                + " do update set failures = activation_failure.failures + 1 returning failures")
        .bind("address", key)
        .bind("window", window.atOffset(ZoneOffset.UTC))
        .map(row -> row.get("failures", Integer.class))
        .one()
        .flatMap(
            failures -> {
              if (failures <= MAX_FAILURES) {
                return Mono.<Void>empty();
              }
              remember(key, window.plus(WINDOW), now);
              return Mono.error(tooMany(now, window.plus(WINDOW)));
            });
  }

  /** A right code: its attempt is not counted. Old windows are cleared on the way. */
  Mono<Void> refund(String address) {
    Instant window = windowStart(clock.instant());
    return db.sql(
            "update activation_failure set failures = greatest(failures - 1, 0)"
                + " where address = :address and window_start = :window")
        .bind("address", keyOf(address))
        .bind("window", window.atOffset(ZoneOffset.UTC))
        .then()
        .then(
            db.sql("delete from activation_failure where window_start < :old")
                .bind("old", window.minus(WINDOW).atOffset(ZoneOffset.UTC))
                .then());
  }

  /** An IPv6 host holds a whole /64: its addresses count as one. */
  static String keyOf(String address) {
    if (!address.contains(":")) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
      }
      return prefix.append(":/64").toString();
    } catch (UnknownHostException e) {
      return address;
    }
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
        Duration.between(now, until), Message.of("activation.tooManyWrongCodes"));
  }

  private static Instant windowStart(Instant now) {
    long size = WINDOW.toMillis();
    return Instant.ofEpochMilli(now.toEpochMilli() / size * size);
  }
}
