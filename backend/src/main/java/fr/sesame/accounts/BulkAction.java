package fr.sesame.accounts;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/accounts/bulk}. */
record BulkAction(
    @NotNull Action action,
    @NotEmpty @Size(max = 5000) List<UUID> accountIds,
    ConnectionMode connectionMode) {

  enum Action {
    SET_CONNECTION_MODE,
    DELETE,
    /** Every letter of theirs that could still be used is revoked. */
    REVOKE_LETTERS
  }
}
