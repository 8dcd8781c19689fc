package fr.sesame.security;

import fr.sesame.SesameProperties;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator when there is none: from {@code SESAME_ADMIN_USERNAME} and {@code
 * SESAME_ADMIN_PASSWORD}, or with a random password shown once on the console. The password goes to
 * standard output only, never through the logger, so it does not reach log files or collectors; as
 * it is only ever shown at creation, it is never shown again.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

  static final int MIN_PASSWORD = 12;
  static final int MAX_PASSWORD = 128;
  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final AdminUsers users;
  private final PasswordHasher hasher;
  private final SecureTokens tokens;
  private final SesameProperties.Admin admin;

  FirstAdministrator(
      AdminUsers users, PasswordHasher hasher, SecureTokens tokens, SesameProperties properties) {
    this.users = users;
    this.hasher = hasher;
    this.tokens = tokens;
    this.admin = properties.admin();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (Boolean.TRUE.equals(users.anyExists().block(Duration.ofMinutes(1)))) {
      return;
    }
    boolean generated = !StringUtils.hasText(admin.password());
    String password = generated ? tokens.readablePassword(20) : admin.password();
    if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw new IllegalStateException(
          "SESAME_ADMIN_PASSWORD must be 12 to 128 characters long; leave it unset for a random one");
    }
    boolean created =
        Boolean.TRUE.equals(
            hasher
                .hash(password)
                .flatMap(hash -> users.insert(admin.username(), hash))
                .block(Duration.ofMinutes(1)));
    if (!created) {
      return;
    }
    log.info("First administrator '{}' created", admin.username());
    if (generated) {
      System.out.printf(
          "%n  First administrator created. Sign in with%n"
              + "    username: %s%n    password: %s%n"
              + "  This password is shown only this once.%n%n",
          admin.username(), password);
    }
  }
}
