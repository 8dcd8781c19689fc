package fr.sesame.activation;

import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A letter's code, before and after checking. Once authenticated, its only authority is {@value
 * #AUTHORITY}: choosing the password of the letter's account.
 */
final class ActivationAttempt extends AbstractAuthenticationToken {

  static final String AUTHORITY = "ACTIVATION";

  private final UUID credentialId;
  private final boolean typed;
  private final String code;
  private final ActivationPrincipal principal;

  /**
   * An attempt on a credential; {@code credentialId} null when the link or login is unknown. {@code
   * typed}: login and 12-character activation code, rather than the QR link and its 6-digit
   * security code.
   */
  static ActivationAttempt of(UUID credentialId, boolean typed, String code) {
    return new ActivationAttempt(credentialId, typed, code, null);
  }

  static ActivationAttempt verified(ActivationPrincipal principal) {
    return new ActivationAttempt(principal.credentialId(), false, null, principal);
  }

  private ActivationAttempt(
      UUID credentialId, boolean typed, String code, ActivationPrincipal principal) {
    super(principal == null ? List.of() : List.of(new SimpleGrantedAuthority(AUTHORITY)));
    this.credentialId = credentialId;
    this.typed = typed;
    this.code = code;
    this.principal = principal;
    setAuthenticated(principal != null);
  }

  UUID credentialId() {
    return credentialId;
  }

  boolean typed() {
    return typed;
  }

  @Override
  public Object getCredentials() {
    return code;
  }

  @Override
  public ActivationPrincipal getPrincipal() {
    return principal;
  }

  @Override
  public String toString() {
    return "ActivationAttempt[" + credentialId + "]"; // never the code
  }
}
