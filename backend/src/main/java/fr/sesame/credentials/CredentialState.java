package fr.sesame.credentials;

import java.util.EnumSet;
import java.util.Set;

/** Where a letter is in its life. */
public enum CredentialState {
  ISSUED,
  DELIVERED,
  OPENED,
  CODE_VERIFIED,
  USED,
  EXPIRED,
  REVOKED,
  LOCKED;

  /** States in which the letter can still open the account (unless past its expiry). */
  public static final Set<CredentialState> LIVE =
      EnumSet.of(ISSUED, DELIVERED, OPENED, CODE_VERIFIED);
}
