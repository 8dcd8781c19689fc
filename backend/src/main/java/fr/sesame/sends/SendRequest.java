package fr.sesame.sends;

import fr.sesame.accounts.AccountKind;
import fr.sesame.accounts.PasswordState;
import fr.sesame.credentials.CredentialService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code POST /api/sends} and of its dry run. {@code selection} null means everyone of the
 * audience. {@code remindAfterDays}: e-mail the letters not yet used again, once, that many days
 * later.
 */
record SendRequest(
    @NotNull UUID templateId,
    @NotNull AccountKind audience,
    @Valid Selection selection,
    @NotNull SendOutput output,
    @Min(1) @Max(31) Integer validityDays,
    @Min(1) @Max(30) Integer remindAfterDays) {

  int validityOrDefault() {
    return validityDays == null ? CredentialService.DEFAULT_VALIDITY_DAYS : validityDays;
  }

  /** Chosen accounts, or a filter on the audience; not both. */
  record Selection(@Size(max = 20_000) List<UUID> accountIds, Filter filter) {}

  record Filter(@Size(max = 50) String className, PasswordState passwordState) {}
}
