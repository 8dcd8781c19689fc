package fr.sesame.administrators;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One administrator as the list shows them. {@code passwordSet} is false while an invitation link
 * waits to be used; {@code mustChangePassword} while a password given by someone else is in use.
 */
record Administrator(
    UUID id,
    String username,
    String displayName,
    String email,
    Status status,
    boolean passwordSet,
    boolean mustChangePassword,
    OffsetDateTime createdAt,
    OffsetDateTime lastSignInAt) {

  enum Status {
    ACTIVE,
    DISABLED
  }
}
