package fr.sesame.security;

import fr.sesame.SesameProperties;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator when there is none: from {@code SESAME_ADMIN_USERNAME} and {@code
 * SESAME_ADMIN_PASSWORD}, or with a random password shown once. On a terminal it goes to standard
 * output only, never through the logger, so it does not reach log files or collectors. Without a
 * terminal (a container, a service) standard output is a log collector: the password is written to
 * an owner-only file in the data directory instead, and the log says where. As it is only ever
 * shown at creation, it is never shown again.
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
  private final Path dataDir;

  FirstAdministrator(
      AdminUsers users, PasswordHasher hasher, SecureTokens tokens, SesameProperties properties) {
    this.users = users;
    this.hasher = hasher;
    this.tokens = tokens;
    this.admin = properties.admin();
    this.dataDir = properties.dataDir();
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
    if (generated && System.console() != null) {
      System.out.printf(
          "%n  First administrator created. Sign in with%n"
              + "    username: %s%n    password: %s%n"
              + "  This password is shown only this once.%n%n",
          admin.username(), password);
    } else if (generated) {
      Path file = PasswordFile.write(dataDir, admin.username(), password);
      log.warn(
          "No terminal to show the first administrator's password on: it is in {} (readable by"
              + " this system user only). Delete that file once you have signed in.",
          file);
    }
  }
}
