package fr.sesame.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The first administrator's password, for a Sésame started without a terminal. */
final class PasswordFile {

  static final String NAME = "first-administrator-password.txt";

  private PasswordFile() {}

  /** Writes it owner-only (created so, never readable by others even for an instant). */
  static Path write(Path dataDir, String username, String password) {
    Path file = dataDir.resolve(NAME).toAbsolutePath().normalize();
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          file,
          "First administrator of Sésame\nusername: %s\npassword: %s\n"
              .formatted(username, password));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the first administrator's password", e);
    }
  }
}
