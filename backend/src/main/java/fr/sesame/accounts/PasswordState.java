package fr.sesame.accounts;

/** Whether the user has a password yet; only activation changes it. */
public enum PasswordState {
  NONE,
  PROVISIONAL,
  PERSONALISED
}
