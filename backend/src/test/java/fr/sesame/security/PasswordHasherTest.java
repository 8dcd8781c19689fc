package fr.sesame.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  PasswordHasher hasher = new PasswordHasher();

  @AfterEach
  void stop() {
    hasher.stop();
  }

  @Test
  void hashesWithArgon2idAtTheRequiredCost() {
    String hash = hasher.hash("correct horse battery staple").block();
    // PHC string: $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$salt$hash
    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hasher.matches("correct horse battery staple", hash).block()).isTrue();
    assertThat(hasher.matches("correct horse battery stapler", hash).block()).isFalse();
  }

  @Test
  void unknownUserIsComparedAgainstTheDecoyAndFails() {
    assertThat(hasher.matches("decoy password, never a real one", null).block()).isFalse();
  }

  @Test
  void hashingRunsOffTheCallersThread() {
    String caller = Thread.currentThread().getName();
    String worker =
        hasher.hash("some password here").map(hash -> Thread.currentThread().getName()).block();
    assertThat(worker).startsWith("password-hashing").isNotEqualTo(caller);
  }
}
