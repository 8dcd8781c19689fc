package fr.sesame.credentials;

import fr.sesame.letters.LetterCredential;
import fr.sesame.letters.LetterCredentials;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** What letters print of a credential: only live ones, and secrets derived, never stored. */
@Component
class CredentialsForLetters implements LetterCredentials {

  private final CredentialService credentials;
  private final CredentialSecrets secrets;

  CredentialsForLetters(CredentialService credentials, CredentialSecrets secrets) {
    this.credentials = credentials;
    this.secrets = secrets;
  }

  @Override
  public Flux<LetterCredential> live(List<UUID> ids) {
    return credentials
        .byIds(ids)
        .filter(credential -> CredentialState.LIVE.contains(credential.state()))
        .map(
            credential ->
                new LetterCredential(
                    credential.id(),
                    credential.accountId(),
                    credential.variant(),
                    credential.expiresAt().toInstant()));
  }

  @Override
  public String token(UUID credentialId) {
    return secrets.token(credentialId);
  }

  @Override
  public String securityCode(UUID credentialId) {
    return secrets.securityCode(credentialId);
  }

  @Override
  public String activationCode(UUID credentialId) {
    return secrets.activationCode(credentialId);
  }
}
