package fr.sesame.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Sesame-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} of {@code
 * "<t>.<body>"}, keyed with the UTF-8 bytes of the whole secret ({@code whsec_…}). A receiver
 * recomputes it over the raw body and refuses old timestamps, which defeats replays.
 */
final class WebhookSignature {

  private WebhookSignature() {}

  static String header(String secret, long unixSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
      mac.update(body);
      return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
