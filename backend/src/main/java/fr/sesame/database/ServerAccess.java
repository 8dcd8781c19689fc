package fr.sesame.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded server: whoever knows its password (SCRAM-SHA-256, over TCP on
 * loopback), and no one else — no {@code trust}, no Unix socket. The password is random, made on
 * the first start, and kept owner-only in the server's data directory; the settings are written
 * again at every start, so a data directory made by an older Sésame is closed too.
 */
final class ServerAccess {

  static final String PASSWORD_FILE = "sesame-password";
  private static final String SETTINGS_FILE = "sesame.conf";
  private static final String INCLUDE = "include_if_exists = '" + SETTINGS_FILE + "'";
  private static final Logger log = LoggerFactory.getLogger(ServerAccess.class);

  private ServerAccess() {}

  /** The password of the server in {@code dataDirectory}: the one kept there, or a new one. */
  static String passwordOf(Path dataDirectory) {
    Path file = dataDirectory == null ? null : dataDirectory.resolve(PASSWORD_FILE);
    try {
      if (file != null && Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** Closes the stopped server in {@code dataDirectory} to all but {@code password}. */
  static void close(Path dataDirectory, String password, PostgresBinaries binaries) {
    try {
      Files.writeString(
          dataDirectory.resolve("pg_hba.conf"),
          """
          # Written by Sésame at every start: a password over TCP on loopback, nothing else.
          host all all 127.0.0.1/32 scram-sha-256
          host all all ::1/128 scram-sha-256
          """);
      Files.writeString(
          dataDirectory.resolve(SETTINGS_FILE),
          """
          # Written by Sésame at every start.
          listen_addresses = 'localhost'
          unix_socket_directories = ''
          password_encryption = 'scram-sha-256'
          """);
      Path conf = dataDirectory.resolve("postgresql.conf");
      if (!Files.readString(conf).contains(INCLUDE)) {
        Files.writeString(conf, "\n" + INCLUDE + "\n", StandardOpenOption.APPEND);
      }
      if (!Files.exists(dataDirectory.resolve(PASSWORD_FILE))) {
        setPassword(dataDirectory, password, binaries);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not secure the embedded PostgreSQL", e);
    }
  }

  private static void setPassword(Path dataDirectory, String password, PostgresBinaries binaries)
      throws IOException {
    // Kept aside until the server knows it: a start cut short in between makes a new one.
    Path pending = dataDirectory.resolve(PASSWORD_FILE + ".new");
    Files.deleteIfExists(pending);
    Files.createFile(
        pending,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(pending, password, StandardCharsets.US_ASCII);
    // Only a SCRAM verifier reaches the server: the password itself is never in its input.
    String verifier = PasswordUtil.encodeScramSha256(password.toCharArray());
    binaries.singleUser(
        dataDirectory, "ALTER ROLE " + EmbeddedDatabase.USER + " PASSWORD '" + verifier + "';");
    Files.move(pending, dataDirectory.resolve(PASSWORD_FILE), StandardCopyOption.ATOMIC_MOVE);
    log.info("The embedded PostgreSQL accepts only the password kept in its data directory");
  }
}
