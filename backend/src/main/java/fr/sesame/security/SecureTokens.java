package fr.sesame.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Random secrets for cookies and passwords. Uses one seeded DRBG, so drawing a token reads no file
 * and is safe on an event-loop thread; the seeding read happens here, at start-up.
 */
@Component
public class SecureTokens {

  private static final String READABLE = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final SecureRandom random;

  SecureTokens() {
    try {
      random = SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No DRBG SecureRandom in this JVM", e);
    }
    random.nextBytes(new byte[1]);
  }

  /** {@code bytes} random bytes, base64url without padding. */
  public String urlSafe(int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  /** A password of {@code length} letters and digits that cannot be misread (no 0/O, 1/l/I). */
  public String readablePassword(int length) {
    StringBuilder password = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      password.append(READABLE.charAt(random.nextInt(READABLE.length())));
    }
    return password.toString();
  }

  /** Lower-case hex SHA-256, for storing a secret's fingerprint instead of the secret. */
  public static String sha256(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
