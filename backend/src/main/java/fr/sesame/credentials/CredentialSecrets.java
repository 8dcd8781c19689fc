package fr.sesame.credentials;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Derives a credential's secrets from its id with HMAC-SHA-256 and the server key.
 *
 * <ul>
 *   <li>token: the id's first 8 bytes followed by a 128-bit MAC of the whole id, base64url (32
 *       characters), in the QR link's fragment: short enough for a version-5 QR code with a public
 *       URL of 40 characters. The prefix finds the credential (random ids: it is all but unique;
 *       the MAC tells any two apart); checking it needs no stored secret;
 *   <li>security code: 6 digits;
 *   <li>activation code: 12 characters from an alphabet without look-alikes (0/O, 1/I/L).
 * </ul>
 */
@Component
public class CredentialSecrets {

  static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final int ID_BYTES = 8;
  private static final int MAC_BYTES = 16;

  private final SecretKeySpec key;

  CredentialSecrets(ServerKey serverKey) {
    this.key = new SecretKeySpec(serverKey.bytes(), "HmacSHA256");
  }

  public String token(UUID id) {
    ByteBuffer token = ByteBuffer.allocate(ID_BYTES + MAC_BYTES);
    token.putLong(id.getMostSignificantBits());
    token.put(mac("token", id), 0, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  /**
   * The first 8 bytes of the id a well-formed token names, to find its credential with; empty for
   * anything malformed. Whether the token is genuine is {@link #genuine}'s question.
   */
  public OptionalLong idPrefixOf(String token) {
    byte[] bytes = decoded(token);
    return bytes == null ? OptionalLong.empty() : OptionalLong.of(ByteBuffer.wrap(bytes).getLong());
  }

  /** True when the token was made for this credential with this server's key. */
  public boolean genuine(String token, UUID id) {
    byte[] bytes = decoded(token);
    if (bytes == null) {
      return false;
    }
    byte[] expected = Base64.getUrlDecoder().decode(token(id));
    return MessageDigest.isEqual(bytes, expected);
  }

  private static byte[] decoded(String token) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(token);
      return bytes.length == ID_BYTES + MAC_BYTES ? bytes : null;
    } catch (IllegalArgumentException malformed) {
      return null;
    }
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
