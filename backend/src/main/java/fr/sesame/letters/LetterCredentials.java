package fr.sesame.letters;

import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;

/**
 * What letters need from the credentials module, which implements it: which credentials can still
 * open their account, and each one's secrets. Letters never store or choose a credential.
 */
public interface LetterCredentials {

  /** Those of these credentials that are live now, in any order. */
  Flux<LetterCredential> live(List<UUID> ids);

  /** The token carried in the QR link's fragment. */
  String token(UUID credentialId);

  /** The 6-digit code typed after scanning. */
  String securityCode(UUID credentialId);

  /** The 12-character code typed with the login, on letters without a QR code. */
  String activationCode(UUID credentialId);
}
