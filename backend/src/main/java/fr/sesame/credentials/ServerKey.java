package fr.sesame.credentials;

import fr.sesame.SesameProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The key letter secrets are derived from: {@code SESAME_SECRET_KEY}, which every instance of a
 * deployment shares, or else a key generated once into the data directory (the zero-set-up
 * default). Changing it invalidates every letter already printed.
 */
@Component
class ServerKey {

  static final int MIN_LENGTH = 32;
  private static final Logger log = LoggerFactory.getLogger(ServerKey.class);

  private final byte[] key;

  ServerKey(SesameProperties properties, Environment environment) {
    String configured = environment.getProperty("sesame.secret-key");
    if (StringUtils.hasText(configured)) {
      if (configured.length() < MIN_LENGTH) {
        throw new IllegalStateException(
            "SESAME_SECRET_KEY must be at least "
                + MIN_LENGTH
                + " characters (e.g. openssl rand -base64 48)");
      }
      key = configured.getBytes(StandardCharsets.UTF_8);
    } else {
      key = generatedOnce(properties.dataDir().resolve("secret.key"));
    }
  }

  byte[] bytes() {
    return key.clone();
  }

  private static byte[] generatedOnce(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[48];
        new SecureRandom().nextBytes(fresh);
        try {
          // Created readable by its owner only, and only once if two starts race.
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
          log.warn(
              "Generated the letter key in {}. Several instances must share one key: set SESAME_SECRET_KEY.",
              file.toAbsolutePath().normalize());
        } catch (FileAlreadyExistsException anotherStartWon) {
          // Read the one it wrote.
        } catch (UnsupportedOperationException notPosix) {
          Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
        }
      }
      return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the letter key " + file, e);
    }
  }
}
