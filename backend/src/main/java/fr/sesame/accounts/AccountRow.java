package fr.sesame.accounts;

import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code account}; {@code id} is null until stored. */
record AccountRow(
    UUID id,
    AccountKind kind,
    String civility,
    String lastName,
    String firstName,
    String login,
    String email,
    String className,
    String address,
    String externalId,
    ConnectionMode connectionMode,
    PasswordState passwordState,
    AccountStatus status) {

  /** A row of someone at the school: what an import or an edit writes. */
  AccountRow(
      UUID id,
      AccountKind kind,
      String civility,
      String lastName,
      String firstName,
      String login,
      String email,
      String className,
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
        address,
        externalId,
        connectionMode,
        passwordState,
        AccountStatus.ACTIVE);
  }

  static final String COLUMNS =
      "a.id, a.kind, a.civility, a.last_name, a.first_name, a.login, a.email, a.class_name,"
          + " a.address, a.external_id, a.connection_mode, a.password_state, a.status";

  static AccountRow read(Readable row) {
    return new AccountRow(
        row.get("id", UUID.class),
        AccountKind.valueOf(row.get("kind", String.class)),
        row.get("civility", String.class),
        row.get("last_name", String.class),
        row.get("first_name", String.class),
        row.get("login", String.class),
        row.get("email", String.class),
        row.get("class_name", String.class),
        row.get("address", String.class),
        row.get("external_id", String.class),
        ConnectionMode.valueOf(row.get("connection_mode", String.class)),
        PasswordState.valueOf(row.get("password_state", String.class)),
        AccountStatus.valueOf(row.get("status", String.class)));
  }

  AccountRow withId(UUID newId) {
    return new AccountRow(
        newId,
        kind,
        civility,
        lastName,
        firstName,
        login,
        email,
        className,
        address,
        externalId,
        connectionMode,
        passwordState,
        status);
  }

  /** Same stored values, the id and password state aside. */
  boolean sameDetailsAs(AccountRow other) {
    return kind == other.kind
        && Objects.equals(civility, other.civility)
        && lastName.equals(other.lastName)
        && firstName.equals(other.firstName)
        && login.equals(other.login)
        && Objects.equals(email, other.email)
        && Objects.equals(className, other.className)
        && Objects.equals(address, other.address)
        && Objects.equals(externalId, other.externalId)
        && connectionMode == other.connectionMode
        && status == other.status;
  }

  String searchText() {
    return String.join(
        " ",
        Text.fold(lastName),
        Text.fold(firstName),
        login,
        email == null ? "" : Text.fold(email));
  }

  Account toAccount(List<UUID> childrenIds, List<UUID> parentIds) {
    return new Account(
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
        status);
  }
}
