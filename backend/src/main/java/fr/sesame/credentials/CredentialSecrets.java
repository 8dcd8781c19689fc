package fr.sesame.credentials;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Derives a credential's secrets from its id with HMAC-SHA-256 and the server key.
 *
 * <ul>
 *   <li>token: the id followed by a 256-bit MAC, base64url (64 characters), in the QR link's
 *       fragment; checking it needs no lookup of a stored secret;
 *   <li>security code: 6 digits;
 *   <li>activation code: 12 characters from an alphabet without look-alikes (0/O, 1/I/L).
 * </ul>
 */
@Component
public class CredentialSecrets {

  static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final int ID_BYTES = 16;
  private static final int MAC_BYTES = 32;

  private final SecretKeySpec key;

  CredentialSecrets(ServerKey serverKey) {
    this.key = new SecretKeySpec(serverKey.bytes(), "HmacSHA256");
  }

  public String token(UUID id) {
    ByteBuffer token = ByteBuffer.allocate(ID_BYTES + MAC_BYTES);
    token.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    token.put(mac("token", id));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  /** The credential id a genuine token carries; empty for anything forged or malformed. */
  public Optional<UUID> idOf(String token) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    if (bytes.length != ID_BYTES + MAC_BYTES) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    UUID id = new UUID(buffer.getLong(), buffer.getLong());
    byte[] mac = new byte[MAC_BYTES];
    buffer.get(mac);
    return MessageDigest.isEqual(mac, mac("token", id)) ? Optional.of(id) : Optional.empty();
  }

  public String securityCode(UUID id) {
    long value = ByteBuffer.wrap(mac("security-code", id)).getLong() & Long.MAX_VALUE;
    return String.format("%06d", value % 1_000_000);
  }

  public String activationCode(UUID id) {
    byte[] mac = mac("activation-code", id);
    StringBuilder code = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      code.append(CODE_ALPHABET.charAt((mac[i] & 0xFF) % CODE_ALPHABET.length()));
    }
    return code.toString();
  }

  /** Compares in constant time, so timing tells nothing about how close a guess was. */
  public static boolean same(String expected, String given) {
    return given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] mac(String purpose, UUID id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(purpose.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(id.toString().getBytes(StandardCharsets.UTF_8));
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
