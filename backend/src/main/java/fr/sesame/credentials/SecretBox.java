package fr.sesame.credentials;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals secrets Sésame must keep readable (a webhook's signing secret) with AES-256-GCM, under a
 * key derived from the server key: a copy of the database alone does not give them away.
 */
@Component
public class SecretBox {

  private static final String VERSION = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random;

  SecretBox(ServerKey serverKey) {
    try {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(new SecretKeySpec(serverKey.bytes(), "HmacSHA256"));
      // Its own key, not the one letters are derived from.
      key =
          new SecretKeySpec(
              derive.doFinal("sesame secret box v1".getBytes(StandardCharsets.UTF_8)), "AES");
      // Seeded once here, so that sealing never reads the OS entropy source on an event loop.
      random = SecureRandom.getInstance("DRBG");
      random.nextBytes(new byte[1]);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String seal(String secret) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return VERSION
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The secret; fails when the text was not sealed under this server key, or was altered. */
  public String open(String sealed) {
    if (sealed == null || !sealed.startsWith(VERSION)) {
      throw new IllegalArgumentException("Not a sealed secret");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      return new String(
          cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("The secret cannot be opened with this server key", e);
    }
  }
}
