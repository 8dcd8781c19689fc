package fr.sesame.accounts;

import java.util.List;
import java.util.UUID;

/** An account as the API shows it. */
public record Account(
    UUID id,
    AccountKind kind,
    String civility,
    String lastName,
    String firstName,
    String login,
    String email,
    String className,
    List<UUID> childrenIds,
    List<UUID> parentIds,
    String address,
    String externalId,
    ConnectionMode connectionMode,
    PasswordState passwordState,
    AccountStatus status) {

  /** An account still at the school. */
  public Account(
      UUID id,
      AccountKind kind,
      String civility,
      String lastName,
      String firstName,
      String login,
      String email,
      String className,
      List<UUID> childrenIds,
      List<UUID> parentIds,
      String address,
      String externalId,
      ConnectionMode connectionMode,
      PasswordState passwordState) {
    this(
        id,
        kind,
        civility,
        lastName,
        firstName,
        login,
        email,
        className,
        childrenIds,
        parentIds,
        address,
        externalId,
        connectionMode,
        passwordState,
        AccountStatus.ACTIVE);
  }

  /** "Hélène Dupré", for letters and lists. */
  public String displayName() {
    return firstName + " " + lastName;
  }
}
