package fr.sesame.security;

import jakarta.annotation.PreDestroy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Argon2id hashing (19 MiB, 2 passes) on a scheduler of its own, bounded to the number of cores:
 * hashing is deliberately slow and must never run on an event-loop thread, nor crowd out other
 * blocking work.
 */
@Component
public class PasswordHasher {

  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;

  private final Argon2PasswordEncoder encoder =
      new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS);
  private final Scheduler scheduler =
      Schedulers.newBoundedElastic(
          Runtime.getRuntime().availableProcessors(), 10_000, "password-hashing");

  /** Compared against when the user is unknown, so both cases take the same time. */
  private final String decoyHash = encoder.encode("decoy password, never a real one");

  public Mono<String> hash(CharSequence rawPassword) {
    return Mono.fromCallable(() -> encoder.encode(rawPassword)).subscribeOn(scheduler);
  }

  /** Checks a password; with a {@code null} hash it does the same work and answers false. */
  public Mono<Boolean> matches(CharSequence rawPassword, String hash) {
    boolean known = hash != null;
    String compared = known ? hash : decoyHash;
    return Mono.fromCallable(() -> encoder.matches(rawPassword, compared) && known)
        .subscribeOn(scheduler);
  }

  @PreDestroy
  void stop() {
    scheduler.dispose();
  }
}
