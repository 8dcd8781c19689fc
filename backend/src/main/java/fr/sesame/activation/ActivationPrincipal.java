package fr.sesame.activation;

import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/** A verified letter: it may choose its account's password, and nothing else. */
record ActivationPrincipal(UUID credentialId, UUID accountId, String login)
    implements AuthenticatedPrincipal {

  @Override
  public String getName() {
    return login;
  }
}
