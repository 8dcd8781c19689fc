package fr.sesame.accounts;

/** How the user signs in: {@code ENT} users go through the regional portal and get no letter. */
public enum ConnectionMode {
  DIRECT,
  ENT
}
